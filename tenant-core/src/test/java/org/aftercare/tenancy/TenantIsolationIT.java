package org.aftercare.tenancy;

import static org.aftercare.testing.ClientBuilder.aClient;
import static org.aftercare.testing.GroupBuilder.aGroup;
import static org.aftercare.testing.SharingExamples.consentTo;
import static org.aftercare.testing.SharingExamples.fhirConnection;
import static org.aftercare.testing.SharingExamples.recipient;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aftercare.access.ApiCaller;
import org.aftercare.access.ApiScope;
import org.aftercare.access.Caller;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.apiclients.ApiAccess;
import org.aftercare.apiclients.ApiClientDetails;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.attendance.AttendanceStatus;
import org.aftercare.attendance.AttendanceSuggestions;
import org.aftercare.attendance.ParticipantEvent;
import org.aftercare.attendance.PresenceKind;
import org.aftercare.attendance.ReportOutcome;
import org.aftercare.attendance.RosterEntry;
import org.aftercare.attendance.VideoReports;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditChainVerifier;
import org.aftercare.audit.AuditEvent;
import org.aftercare.audit.AuditFilter;
import org.aftercare.audit.AuditService;
import org.aftercare.board.BoardDigest;
import org.aftercare.board.BoardModeration;
import org.aftercare.board.BoardPostLine;
import org.aftercare.board.BoardRetention;
import org.aftercare.board.BoardRules;
import org.aftercare.board.BoardSettings;
import org.aftercare.board.BoardStanding;
import org.aftercare.board.GroupBoards;
import org.aftercare.calendar.CalendarFeeds;
import org.aftercare.calendar.PublicCalendar;
import org.aftercare.checkins.CheckInAnswers;
import org.aftercare.checkins.CheckIns;
import org.aftercare.checkins.SupportAlert;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientSearch;
import org.aftercare.clients.ClientService;
import org.aftercare.coping.CopingPlanContents;
import org.aftercare.coping.CopingPlans;
import org.aftercare.coping.CopingTool;
import org.aftercare.coping.CopingTools;
import org.aftercare.coping.PersonToCall;
import org.aftercare.engagement.Adherence;
import org.aftercare.engagement.AdherenceSummary;
import org.aftercare.engagement.Dashboards;
import org.aftercare.engagement.EngagementFlags;
import org.aftercare.engagement.FlagWebhooks;
import org.aftercare.groups.Enrollment;
import org.aftercare.groups.Enrollments;
import org.aftercare.groups.GroupFilter;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.GroupSession;
import org.aftercare.groups.GroupSessions;
import org.aftercare.groups.MyGroups;
import org.aftercare.groups.ParticipantKeys;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.groups.SessionConcern;
import org.aftercare.groups.SessionConcerns;
import org.aftercare.groups.SessionReminders;
import org.aftercare.groups.SessionRemovals;
import org.aftercare.identity.AccountService;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceDetails;
import org.aftercare.library.ResourceKind;
import org.aftercare.library.UploadedFile;
import org.aftercare.library.WorksheetField;
import org.aftercare.library.Worksheets;
import org.aftercare.measures.Instrument;
import org.aftercare.measures.MeasureSchedule;
import org.aftercare.measures.Measures;
import org.aftercare.mentoring.ContactChannel;
import org.aftercare.mentoring.ContactLog;
import org.aftercare.mentoring.Mentoring;
import org.aftercare.outcomes.OutcomeScope;
import org.aftercare.outcomes.Outcomes;
import org.aftercare.outreach.FlagFollowUps;
import org.aftercare.outreach.OutreachDigest;
import org.aftercare.outreach.OutreachOutcome;
import org.aftercare.outreach.OutreachTasks;
import org.aftercare.shared.NotFoundException;
import org.aftercare.sharing.BulkExports;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.ExportRequest;
import org.aftercare.sharing.ExportStatus;
import org.aftercare.sharing.OutboxRelay;
import org.aftercare.sharing.PulledRecords;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SharedData;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.staff.Invitations;
import org.aftercare.staff.StaffAdministration;
import org.aftercare.testing.DeployedDomain;
import org.aftercare.video.VideoProviderKind;
import org.aftercare.video.VideoProviders;
import org.aftercare.video.VideoSettings;
import org.aftercare.video.VideoSetup;
import org.aftercare.webhooks.WebhookDelivery;
import org.aftercare.webhooks.WebhookEvent;
import org.aftercare.webhooks.Webhooks;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The isolation matrix: everything clinic B can ask the services for, aimed at clinic A's data,
 * must come back empty or not found. A new feature adds one {@code probe(...)} line per service
 * method.
 */
class TenantIsolationIT extends DeployedDomain {

  @Inject TenantService tenants;

  @Inject ClientService clients;
  @Inject Webhooks webhooks;
  @Inject FlagWebhooks flagWebhooks;
  @Inject AccountService accounts;
  @Inject AuditService audit;
  @Inject Invitations invitations;
  @Inject AuditChainVerifier verifier;
  @Inject GroupService groups;
  @Inject GroupSessions sessions;
  @Inject Enrollments enrollments;
  @Inject MyGroups myGroups;
  @Inject CalendarFeeds feeds;
  @Inject PublicCalendar publicCalendar;
  @Inject SessionReminders reminders;
  @Inject AttendanceService attendance;
  @Inject CheckIns checkIns;
  @Inject CopingPlans copingPlans;
  @Inject CopingTools copingTools;
  @Inject SupportAlerts alerts;
  @Inject Mentoring mentoring;
  @Inject StaffAdministration staffAdmin;
  @Inject EngagementFlags flags;
  @Inject Adherence adherence;
  @Inject Dashboards dashboards;
  @Inject CareTeams careTeams;
  @Inject Consents consents;
  @Inject SummaryOutbox outbox;
  @Inject OutboxRelay relay;
  @Inject Disclosures disclosures;
  @Inject ApiClients apiClients;
  @Inject ApiAccess apiAccess;
  @Inject PulledRecords pulled;
  @Inject BulkExports exports;
  @Inject Caller caller;
  @Inject VideoProviders videoProviders;
  @Inject ParticipantKeys participantKeys;
  @Inject VideoReports videoReports;
  @Inject AttendanceSuggestions suggestions;
  @Inject Measures measures;
  @Inject FlagFollowUps followUps;
  @Inject OutreachTasks outreachTasks;
  @Inject OutreachDigest outreachDigest;
  @Inject GroupBoards boards;
  @Inject BoardModeration boardModeration;
  @Inject BoardRules boardRules;
  @Inject BoardRetention boardRetention;
  @Inject BoardDigest boardDigest;
  @Inject Outcomes outcomes;
  @Inject SessionRemovals removals;
  @Inject SessionConcerns concerns;
  @Inject Library library;
  @Inject Worksheets worksheets;

  private static final String STAFF_PASSWORD = "a long staff passphrase";

  private UUID webhookOfA;
  private UUID clientAccountOfA;
  private ClinicAData clinicA;

  /** What clinic A holds, for the probes to aim at. */
  record ClinicAData(
      Client client,
      String staffEmail,
      UUID staffId,
      String slug,
      RecoveryGroup group,
      GroupSession session,
      Enrollment enrollment,
      String feedToken,
      UUID mentorId,
      SupportAlert alert,
      Sharing sharing,
      Video video,
      UUID measureId,
      UUID followUpId,
      BoardOfA board,
      SafetyOfA safety,
      LibraryOfA library) {

    /** Half an hour before A's first session, when its reminders are due. */
    Instant remindersDue() {
      return session.getStartsAt().minus(Duration.ofMinutes(30));
    }
  }

  /**
   * A's sharing with a care team: a connection, a recipient, a consent, a queued summary; and an
   * EHR that pulls as an API client, its recipient, the consent it reads under, and its token.
   */
  record Sharing(
      UUID endpointId,
      UUID recipientId,
      UUID consentId,
      UUID messageId,
      UUID apiClientId,
      UUID pullConsentId,
      String apiToken,
      UUID exportId) {}

  /**
   * A session of A's under way, from which A's clinician removed A's client, and the client's
   * concern about it.
   */
  record SafetyOfA(UUID sessionId, UUID concernId) {}

  /**
   * A's library: a PDF assigned to A's client, and a worksheet assigned to A's group that A's
   * client filled in and sent.
   */
  record LibraryOfA(UUID documentId, UUID assignmentId, UUID worksheetId) {}

  /** A title no clinic has unless it wrote it: B finding it would be finding A's. */
  private static final String A_RESOURCE = "Clinic A's own leaflet";

  /** A post on A's group board by A's client, the report of it by A's clinician. */
  record BoardOfA(UUID postId, UUID reportId) {}

  /** A code of conduct no clinic has unless it wrote it: B reading it would be reading A's. */
  private static final String A_CODE_OF_CONDUCT = "Clinic A's own board rules";

  /** A's video service, as its admin set it, and the participant key of A's client. */
  record Video(VideoSetup setup, String participantKey) {}

  /** Grace minutes no clinic has unless it chose them: B answering them would be A's. */
  private static final int A_GRACE_MINUTES = 17;

  record Probe(String name, Function<ClinicAData, Object> request) {}

  private List<Probe> probes() {
    return List.of(
        probe("search clients", a -> clients.search(ClientSearch.firstPage(""))),
        probe("search clients by A's name", a -> clients.search(ClientSearch.firstPage("Riley"))),
        probe("count clients", a -> clients.count("")),
        probe("open A's client", a -> clients.open(a.client().getId())),
        probe("page of clients", a -> clients.pageAfter(null, 50)),
        probe("A's client by its EHR record number", a -> clients.openByMrn("MRN-A-1")),
        probe(
            "A's client through the clinic API",
            a -> asAClinicSystemOfB(() -> clients.open(a.client().getId()))),
        probe("update A's client", a -> clients.update(a.client())),
        probe("A's webhook endpoints", a -> webhooks.subscriptions()),
        probe("A's webhook deliveries", a -> webhooks.recentDeliveries(50)),
        probe("webhooks on A's new flags", a -> flagWebhooks.publishNewFlags(Instant.now())),
        probe("retire A's webhook endpoint", a -> done(() -> webhooks.retire(webhookOfA))),
        probe("audit trail of A's client", a -> audit.eventsFor(a.client().getId())),
        probe("audit log", a -> entriesNotOfTheProbesOwnReads()),
        probe("audit log of A's client", a -> audit.search(forRecord(a.client()), 0, 50)),
        probe("count audit entries", a -> audit.count(AuditFilter.any()) - probesOwnReads().size()),
        probe(
            "verify the audit chain",
            a -> verifier.verify().rowsChecked() - probesOwnReads().size()),
        probe("export the audit log", a -> exportedRows(forRecord(a.client()))),
        probe("find A's staff account", a -> accounts.findByEmail(a.staffEmail())),
        probe("find A's staff account by id", a -> accounts.find(a.staffId())),
        probe("list staff accounts", a -> accounts.staff()),
        probe(
            "find the portal account of A's client",
            a -> accounts.findForClient(a.client().getId())),
        probe("open invitations", a -> invitations.open()),
        probe("sign in to A's staff account", a -> accounts.signIn(a.staffEmail(), STAFF_PASSWORD)),
        probe("unlock A's staff account", a -> staffAdmin.unlock(a.staffId())),
        probe(
            "change the roles of A's staff",
            a -> staffAdmin.changeRoles(a.staffId(), Set.of(Role.CLINICIAN))),
        probe("end A's staff sessions", a -> staffAdmin.signOutEverywhere(a.staffId())),
        probe("deactivate A's staff account", a -> staffAdmin.deactivate(a.staffId())),
        probe("change A's mentor caseload", a -> mentoring.changeCaseloadCapacity(a.staffId(), 3)),
        probe("list groups", a -> groups.list(new GroupFilter(null, null, null))),
        probe("list groups A's staff lead", a -> groups.list(ledBy(a.staffId()))),
        probe("find A's group", a -> groups.find(a.group().getId())),
        probe("facilitators of A's group", a -> groups.facilitatorsOf(a.group().getId())),
        probe("facilitators of every group", a -> groups.facilitatorsByGroup()),
        probe("update A's group", a -> updateGroup(a)),
        probe("archive A's group", a -> groups.archive(a.group().getId())),
        probe("extend every group's sessions", a -> groups.extendSchedules(Instant.now())),
        probe("find A's session", a -> sessions.find(a.session().getId())),
        probe(
            "sessions in A's week",
            a -> sessions.between(weekAround(a), a.remindersDue().plus(Duration.ofDays(7)))),
        probe(
            "sessions of A's group", a -> sessions.ofGroup(a.group().getId(), Instant.EPOCH, 100)),
        probe("cancel A's session", a -> cancelSession(a)),
        probe("move A's session", a -> moveSession(a)),
        probe("enrolments in A's group", a -> enrollments.ofGroup(a.group().getId())),
        probe("A's client's places", a -> enrollments.currentOf(a.client().getId())),
        probe("find A's enrolment", a -> enrollments.find(a.enrollment().getId())),
        probe(
            "waitlist position of A's enrolment",
            a -> enrollments.waitlistPosition(a.enrollment().getId())),
        probe(
            "enrol A's client in A's group",
            a -> enrollments.enrol(a.group().getId(), a.client().getId(), true)),
        probe("withdraw A's enrolment", a -> enrollments.withdraw(a.enrollment().getId(), "probe")),
        probe(
            "A's client's groups in the portal",
            a -> myGroups.of(a.client().getId(), Instant.now())),
        probe(
            "A's client's sessions in the portal",
            a -> myGroups.sessionsOf(a.client().getId(), Instant.EPOCH)),
        probe(
            "join A's session as A's client",
            a ->
                myGroups.joinLink(
                    a.client().getId(), a.session().getId(), a.session().getStartsAt())),
        probe("calendar behind A's feed token", a -> feeds.calendarFor(a.feedToken())),
        probe("whether A's staff have a feed", a -> feeds.feedCreatedAt(a.staffId())),
        probe(
            "A's feed token under B's address",
            a -> publicCalendar.calendar(slugOfB(), a.feedToken())),
        probe("send the reminders due for A's session", a -> reminders.sendDue(a.remindersDue())),
        probe("roster of A's session", a -> attendance.roster(a.session().getId())),
        probe("save a roster for A's session", a -> saveRoster(a)),
        probe(
            "self check-in to A's session",
            a ->
                attendance.selfCheckIn(
                    a.client().getId(), a.session().getId(), a.session().getStartsAt())),
        probe(
            "attendance history of A's client",
            a -> attendance.historyOf(a.client().getId(), Instant.EPOCH, farFuture())),
        probe(
            "attendance in A's group",
            a -> attendance.ofGroup(a.group().getId(), Instant.EPOCH, farFuture())),
        probe("A's video service", a -> videoProviders.setup()),
        probe(
            "A's video signing secret", a -> videoProviders.signingSecret(VideoProviderKind.ZOOM)),
        probe("A's video service kind", a -> videoProviders.kind()),
        probe(
            "A's video grace minutes",
            a -> videoProviders.graceMinutes() == A_GRACE_MINUTES ? A_GRACE_MINUTES : 0),
        probe(
            "A's enrolment by its participant key",
            a -> participantKeys.enrollmentOf(a.video().participantKey())),
        probe(
            "A's enrolment's Join link with its key",
            a -> participantKeys.joinLink(a.enrollment().getId(), "https://meet.example/a")),
        probe(
            "a join reported with A's participant key",
            a ->
                Optional.of(videoReports.record(joinOf(a), Instant.now()))
                    .filter(outcome -> outcome == ReportOutcome.RECORDED)),
        probe("video suggestions on A's roster", a -> suggestions.roster(a.session().getId())),
        probe(
            "confirm the video service's attendance on A's roster",
            a -> suggestions.confirm(a.session().getId())),
        probe("recovery progress of A's client", a -> checkIns.progressOf(a.client().getId())),
        probe(
            "check in for A's client",
            a -> checkIns.record(a.client().getId(), new CheckInAnswers(3, 2, false, null, null))),
        probe(
            "recovery start history of A's client",
            a -> checkIns.recoveryStartHistory(a.client().getId())),
        probe(
            "assign a measure to A's client",
            a -> measures.assign(a.client().getId(), Instrument.PHQ_9, MeasureSchedule.once())),
        probe("measures assigned to A's client", a -> measures.assignmentsOf(a.client().getId())),
        probe("measures due for A's client", a -> measures.dueFor(a.client().getId())),
        probe(
            "answer A's measure",
            a -> measures.complete(a.measureId(), today(), List.of(0, 0, 0, 0, 0, 0, 0, 0, 0))),
        probe("stop A's measure", a -> done(() -> measures.stop(a.measureId()))),
        probe("measure results of A's client", a -> measures.resultsOf(a.client().getId())),
        probe(
            "A's client's measure results for a care-team summary",
            a ->
                measures.completedBetween(
                    a.client().getId(), Instant.EPOCH, Instant.now().plusSeconds(86_400))),
        probe("A's client's coping-tool counts", a -> copingTools.useCountsOf(a.client().getId())),
        probe(
            "A's client's coping plan, from a B session carrying A's client",
            a -> asBsSessionOf(a.client().getId(), () -> nonEmpty(copingPlans.mine()))),
        probe(
            "A's client's plan opened in a hard moment, from a B session carrying A's client",
            a ->
                asBsSessionOf(a.client().getId(), () -> nonEmpty(copingPlans.openInAHardMoment()))),
        probe(
            "whether A's client shares coping counts, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () -> Optional.of(true).filter(yes -> copingTools.sharesUseCounts()))),
        probe(
            "A's group board, from a B session carrying A's client",
            a -> asBsSessionOf(a.client().getId(), () -> boards.open(a.group().getId()))),
        probe(
            "post on A's group board, from a B session carrying A's client",
            a ->
                asBsSessionOf(a.client().getId(), () -> boards.post(a.group().getId(), null, "x"))),
        probe(
            "report A's board post, from B's clinician",
            a -> asBsClinician(() -> done(() -> boards.report(a.board().postId(), "probe")))),
        probe(
            "reports on A's group board, from B's clinician",
            a -> asBsClinician(() -> boardModeration.openReports(a.group().getId()))),
        probe(
            "hide A's board post, from B's clinician",
            a -> asBsClinician(() -> done(() -> boardModeration.hide(a.board().postId())))),
        probe(
            "remove A's board post, from B's clinician",
            a -> asBsClinician(() -> done(() -> boardModeration.remove(a.board().postId())))),
        probe(
            "leave up A's reported post, from B's clinician",
            a -> asBsClinician(() -> done(() -> boardModeration.keep(a.board().reportId())))),
        probe(
            "mute A's client on A's board, from B's clinician",
            a ->
                asBsClinician(
                    () ->
                        done(
                            () ->
                                boardModeration.setStanding(
                                    a.group().getId(), a.client().getId(), BoardStanding.MUTED)))),
        probe(
            "A's board settings",
            a ->
                Optional.of(boardRules.settings())
                    .filter(rules -> rules.codeOfConduct().equals(A_CODE_OF_CONDUCT))),
        probe("delete A's expired board posts", a -> boardRetention.deleteExpired(farFuture())),
        probe(
            "whether A's client gets the board digest, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () -> Optional.of(true).filter(yes -> boardDigest.subscribed()))),
        probe(
            "board digest of A's clients",
            a ->
                boardDigest.sendDue(
                    today()
                        .plusDays(1)
                        .atTime(9, 0)
                        .atZone(ZoneId.of("America/Chicago"))
                        .toInstant())),
        probe(
            "remove A's client from A's session, from B's clinician",
            a ->
                asBsClinician(
                    () -> removals.remove(a.safety().sessionId(), a.client().getId(), "probe"))),
        probe(
            "readmit A's client to A's session, from B's clinician",
            a ->
                asBsClinician(
                    () ->
                        done(() -> removals.readmit(a.safety().sessionId(), a.client().getId())))),
        probe(
            "A's session's participants, from B's clinician",
            a -> asBsClinician(() -> removals.participants(a.safety().sessionId()))),
        probe(
            "removals from A's session, from B's clinician",
            a -> asBsClinician(() -> removals.ofSession(a.safety().sessionId()))),
        probe(
            "whether A's client is out of A's session, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () ->
                        Optional.of(true)
                            .filter(
                                yes ->
                                    removals.isRemoved(
                                        a.safety().sessionId(), a.client().getId())))),
        probe("A's open concerns, from B's clinician", a -> asBsClinician(() -> concerns.open())),
        probe(
            "concerns about A's session, from B's clinician",
            a -> asBsClinician(() -> concerns.ofSession(a.safety().sessionId()))),
        probe(
            "handle A's concern, from B's clinician",
            a -> asBsClinician(() -> done(() -> concerns.handle(a.safety().concernId())))),
        probe(
            "A's client's concerns, from a B session carrying A's client",
            a -> asBsSessionOf(a.client().getId(), () -> concerns.mine(a.client().getId()))),
        probe(
            "sessions A's client may report, from a B session carrying A's client",
            a -> asBsSessionOf(a.client().getId(), () -> concerns.reportable(a.client().getId()))),
        probe(
            "report a concern about A's session, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () -> concerns.report(a.client().getId(), a.safety().sessionId(), "probe"))),
        probe("A's library by its title", a -> library.list(A_RESOURCE, true, 0, 50)),
        probe("count A's library by its title", a -> library.count(A_RESOURCE, true)),
        probe("details of A's resource", a -> library.details(a.library().documentId())),
        probe(
            "update A's resource",
            a ->
                done(
                    () ->
                        library.update(
                            a.library().documentId(),
                            ResourceDetails.link(ResourceKind.DOCUMENT, "B's", "https://b.example"),
                            null))),
        probe("retire A's resource", a -> done(() -> library.retire(a.library().documentId()))),
        probe(
            "assign A's resource to A's group, from B's clinician",
            a ->
                asBsClinician(
                    () -> library.assignToGroup(a.library().documentId(), a.group().getId()))),
        probe(
            "assign A's resource to A's client, from B's clinician",
            a ->
                asBsClinician(
                    () -> library.assignToClient(a.library().documentId(), a.client().getId()))),
        probe(
            "take back A's assignment, from B's clinician",
            a -> asBsClinician(() -> done(() -> library.unassign(a.library().assignmentId())))),
        probe(
            "assignments of A's resource, from B's clinician",
            a -> asBsClinician(() -> library.assignmentsOf(a.library().documentId()))),
        probe(
            "A's uploaded file, from B's clinician",
            a -> asBsClinician(() -> library.file(a.library().documentId()))),
        probe(
            "A's uploaded file, from a B session carrying A's client",
            a -> asBsSessionOf(a.client().getId(), () -> library.file(a.library().documentId()))),
        probe(
            "what A's client was given, from a B session carrying A's client",
            a -> asBsSessionOf(a.client().getId(), () -> library.forMe())),
        probe(
            "A's shelf, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () ->
                        library.shelf(0, 100).stream()
                            .filter(r -> r.title().equals(A_RESOURCE))
                            .toList())),
        probe(
            "A's worksheet, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(), () -> worksheets.open(a.library().worksheetId()))),
        probe(
            "a draft of A's worksheet, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () ->
                        done(
                            () ->
                                worksheets.saveDraft(
                                    a.library().worksheetId(), List.of("probe"))))),
        probe(
            "send A's worksheet, from a B session carrying A's client",
            a ->
                asBsSessionOf(
                    a.client().getId(),
                    () ->
                        done(
                            () -> worksheets.submit(a.library().worksheetId(), List.of("probe"))))),
        probe(
            "answers to A's worksheet, from B's clinician",
            a -> asBsClinician(() -> worksheets.answersTo(a.library().worksheetId()))),
        probe("open support alerts", a -> alerts.open()),
        probe("open alerts of A's client", a -> alerts.openOf(a.client().getId())),
        probe("raise an alert for A's client", a -> alerts.raise(a.client().getId())),
        probe("acknowledge A's alert", a -> alerts.acknowledge(a.alert().getId())),
        probe("escalate overdue alerts", a -> alerts.escalateOverdue(farFuture())),
        probe("A's client's mentor", a -> mentoring.currentOf(a.client().getId())),
        probe("mentoring history of A's client", a -> mentoring.historyOf(a.client().getId())),
        probe("A's mentor's mentees", a -> mentoring.menteesOf(a.mentorId())),
        probe("contact log of A's client", a -> mentoring.contactsOf(a.client().getId())),
        probe(
            "A's mentor's follow-ups",
            a -> mentoring.dueFollowUps(a.mentorId(), LocalDate.now().plusYears(1))),
        probe(
            "mentors suggested for A's client", a -> mentoring.suggestionsFor(a.client().getId())),
        probe(
            "assign A's mentor to A's client",
            a -> mentoring.assign(a.client().getId(), a.mentorId())),
        probe("engagement flags", a -> flags.all(Instant.now())),
        probe("follow-ups on A's new flags", a -> followUps.openForNewFlags(Instant.now())),
        probe("A's follow-ups for clinicians", a -> outreachTasks.forClinicians()),
        probe(
            "mark A's follow-up done",
            a -> outreachTasks.done(a.followUpId(), OutreachOutcome.REACHED, null)),
        probe(
            "snooze A's follow-up",
            a -> outreachTasks.snooze(a.followUpId(), today().plusDays(2), "probe")),
        probe(
            "morning digest of A's follow-ups",
            a ->
                outreachDigest.sendDue(
                    today()
                        .plusDays(1)
                        .atTime(9, 0)
                        .atZone(ZoneId.of("America/Chicago"))
                        .toInstant())),
        probe("engagement flags by client", a -> flags.byClient(Instant.now())),
        probe(
            "adherence of A's client",
            a -> adherence.of(a.client().getId(), LocalDate.now().minusDays(30), LocalDate.now())),
        probe(
            "adherence figures of A's client",
            a ->
                adherence.figuresOf(
                    a.client().getId(), LocalDate.now().minusDays(30), LocalDate.now())),
        probe(
            "adherence of the clinic",
            a -> adherence.ofClinic(LocalDate.now().minusDays(30), LocalDate.now())),
        probe(
            "outcomes of the clinic",
            a -> outcomes.report(OutcomeScope.clinic(), lastMonth(), today()).clients()),
        probe(
            "outcomes of A's group",
            a -> outcomes.report(OutcomeScope.group(a.group().getId()), lastMonth(), today())),
        probe(
            "outcomes of A's kind of group",
            a ->
                outcomes
                    .report(
                        OutcomeScope.kindOfGroup(a.group().details().modality()),
                        lastMonth(),
                        today())
                    .clients()),
        probe(
            "outcomes of A's mentor's mentees",
            a -> outcomes.report(OutcomeScope.mentor(a.mentorId()), lastMonth(), today())),
        probe("A's mentors' figures", a -> outcomes.mentors(lastMonth(), today())),
        probe("clinician's dashboard", a -> clinicianDashboard()),
        probe("A's mentor's dashboard", a -> dashboards.forMentor(a.mentorId(), Instant.now())),
        probe("alerts of A's mentor's mentees", a -> dashboards.openAlertsForMentor(a.mentorId())),
        probe("care-team connections", a -> careTeams.endpoints()),
        probe(
            "change A's connection",
            a ->
                careTeams.saveEndpoint(
                    a.sharing().endpointId(),
                    fhirConnection("B's rename", "https://ehr.example/fhir"))),
        probe(
            "retire A's connection",
            a -> done(() -> careTeams.retireEndpoint(a.sharing().endpointId()))),
        probe("test A's connection", a -> careTeams.testConnection(a.sharing().endpointId())),
        probe("care team of A's client", a -> careTeams.recipientsOf(a.client().getId())),
        probe(
            "add a recipient to A's client",
            a ->
                careTeams.addRecipient(
                    a.client().getId(),
                    recipient(a.sharing().endpointId(), "Dr. Lee", "MRN-1001"))),
        probe(
            "change A's recipient",
            a ->
                careTeams.changeRecipient(
                    a.sharing().recipientId(),
                    recipient(a.sharing().endpointId(), "Dr. Lee", "MRN-1001"))),
        probe(
            "remove A's recipient",
            a -> done(() -> careTeams.removeRecipient(a.sharing().recipientId()))),
        probe("consents of A's client", a -> consents.of(a.client().getId())),
        probe(
            "consent text for A's client",
            a ->
                consents.textFor(
                    a.client().getId(),
                    consentTo(a.sharing().recipientId(), SharedData.ATTENDANCE))),
        probe(
            "record a consent for A's client",
            a ->
                consents.recordPaper(
                    a.client().getId(),
                    consentTo(a.sharing().recipientId(), SharedData.ATTENDANCE))),
        probe("revoke A's consent", a -> consents.revoke(a.sharing().consentId())),
        probe(
            "send A's recipient a summary",
            a -> outbox.sendNow(a.sharing().recipientId(), today().minusDays(7), today())),
        probe("queue due summaries", a -> outbox.queueDue(farFuture())),
        probe("queue summaries on new flags", a -> outbox.queueOnNewFlags(Instant.now())),
        probe("deliveries", a -> outbox.deliveries(null, 0, 50)),
        probe("count deliveries", a -> outbox.countDeliveries(null)),
        probe("re-drive A's message", a -> outbox.redrive(a.sharing().messageId())),
        probe("cancel A's message", a -> outbox.cancel(a.sharing().messageId())),
        probe("relay due messages", a -> relay.relay(farFuture())),
        probe(
            "attendance letter under A's consent",
            a -> disclosures.recordLetter(a.sharing().consentId(), today().minusDays(7), today())),
        probe("disclosures of A's client", a -> disclosures.of(a.client().getId(), 0, 50)),
        probe("count disclosures of A's client", a -> disclosures.count(a.client().getId())),
        probe("export A's client's disclosures", a -> disclosureRows(a.client().getId())),
        probe("API clients", a -> apiClients.list()),
        probe("enabled API clients", a -> apiClients.enabled()),
        probe(
            "change A's API client",
            a -> apiClients.save(a.sharing().apiClientId(), anApiClient("B's name for it"))),
        probe("disable A's API client", a -> apiClients.disable(a.sharing().apiClientId())),
        probe("enable A's API client", a -> apiClients.enable(a.sharing().apiClientId())),
        probe(
            "remove A's API client", a -> done(() -> apiClients.remove(a.sharing().apiClientId()))),
        probe(
            "A's API client, for its token",
            a -> apiAccess.usableClient(a.sharing().apiClientId())),
        probe(
            "the holder of A's token",
            a -> apiAccess.holderOf(a.sharing().apiToken(), Instant.now())),
        probe(
            "clients shared through the API",
            a ->
                asAnEhrOfB(() -> pulled.clients(Optional.empty(), Optional.empty(), 0, 50).page())),
        probe(
            "A's client by record number through the API",
            a ->
                asAnEhrOfB(
                    () -> pulled.clients(Optional.empty(), Optional.of("MRN-7001"), 0, 50).page())),
        probe(
            "A's client through the API", a -> asAnEhrOfB(() -> pulled.client(a.client().getId()))),
        probe(
            "A's client's summary through the API",
            a ->
                asAnEhrOfB(
                    () -> pulled.summary(a.client().getId(), today().minusDays(7), today()))),
        probe(
            "A's client's attendance through the API",
            a ->
                asAnEhrOfB(
                    () -> pulled.attendance(a.client().getId(), today().minusDays(7), today()))),
        probe(
            "A's consent through the API",
            a -> asAnEhrOfB(() -> pulled.underConsent(a.sharing().pullConsentId()))),
        probe("groups through the API", a -> asAnEhrOfB(() -> pulled.groups())),
        probe(
            "A's client's care team through the API",
            a -> asAnEhrOfB(() -> pulled.careTeamOf(a.client().getId()))),
        probe("clients to export", a -> asAnEhrOfB(() -> pulled.toExport(Optional.empty()))),
        probe(
            "all of A's client through the API",
            a ->
                asAnEhrOfB(
                    () -> pulled.everything(a.client().getId(), today().minusDays(7), today()))),
        probe("A's export", a -> asAnEhrOfB(() -> exports.status(a.sharing().exportId()))),
        probe("A's export files", a -> asAnEhrOfB(() -> exports.files(a.sharing().exportId()))),
        probe(
            "cancel A's export",
            a -> asAnEhrOfB(() -> done(() -> exports.cancel(a.sharing().exportId())))),
        probe("claim the next export", a -> exports.claimNext(Instant.now())),
        probe(
            "delete expired export files",
            a -> exports.purgeExpired(Instant.now().plus(Duration.ofDays(30)))));
  }

  /** The outcome reports' period in the probes: the last 30 days. */
  private static LocalDate lastMonth() {
    return today().minusDays(30);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("America/Chicago"));
  }

  /** A command that answers nothing: reaching the end means it ran. */
  private static Object done(Runnable command) {
    command.run();
    return "done";
  }

  /** An EHR of clinic B, with its token in hand, reading through the API. */
  private <T> T asAnEhrOfB(Supplier<T> read) {
    return caller.callAsApiClient(
        new ApiCaller(clinics.clinicB(), UUID.randomUUID(), "B's EHR", Set.of()), read);
  }

  /** One of clinic B's own systems, over the REST API, allowed to read clients. */
  private <T> T asAClinicSystemOfB(Supplier<T> read) {
    return caller.callAsApiClient(
        new ApiCaller(
            clinics.clinicB(), UUID.randomUUID(), "B's EHR", Set.of(ApiScope.CLIENTS_READ.value())),
        read);
  }

  private static ApiClientDetails anApiClient(String name) {
    return new ApiClientDetails(
        name,
        "Lakeside Health",
        "https://ehr.example/jwks.json",
        null,
        Set.of(ApiScope.PATIENT.value()));
  }

  private List<String> disclosureRows(UUID clientId) {
    var csv = new StringWriter();
    try {
      disclosures.exportCsv(clientId, ZoneOffset.UTC, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString().lines().skip(1).toList();
  }

  private Object saveRoster(ClinicAData a) {
    return attendance.saveRoster(
        a.session().getId(),
        List.of(new RosterEntry(a.client().getId(), AttendanceStatus.PRESENT, null, -1)));
  }

  /** A join at the start of A's session, as the video service would report A's client. */
  private static ParticipantEvent joinOf(ClinicAData a) {
    return new ParticipantEvent(
        "probe-" + UUID.randomUUID(),
        a.video().participantKey(),
        PresenceKind.JOIN,
        a.session().getStartsAt());
  }

  /** The participant key the Join link carries in the provider's parameter. */
  private static String participantKeyIn(String joinLink) {
    String parameter = VideoProviderKind.ZOOM.linkParameter() + "=";
    return java.util.Arrays.stream(URI.create(joinLink).getRawQuery().split("&"))
        .filter(pair -> pair.startsWith(parameter))
        .map(pair -> pair.substring(parameter.length()))
        .findFirst()
        .orElseThrow();
  }

  /** Everything on the clinician's dashboard, as one list. */
  private List<Object> clinicianDashboard() {
    var view = dashboards.forClinician(Instant.now());
    return Stream.of(view.flagged(), view.today(), view.openAlerts())
        .<Object>flatMap(List::stream)
        .toList();
  }

  private static Instant farFuture() {
    return Instant.now().plus(Duration.ofDays(365));
  }

  private static GroupFilter ledBy(UUID staffId) {
    return new GroupFilter(null, staffId, null);
  }

  private Object updateGroup(ClinicAData a) {
    return groups.update(
        a.group().getId(), a.group().getVersion(), a.group().details(), Set.of(a.staffId()));
  }

  private Object cancelSession(ClinicAData a) {
    return sessions.cancel(
        a.session().getId(), a.session().getVersion(), "probe", ZoneId.of("Europe/Berlin"));
  }

  private Object moveSession(ClinicAData a) {
    return sessions.move(
        a.session().getId(),
        a.session().getVersion(),
        a.session().getStartsAt().plus(Duration.ofHours(1)),
        60,
        ZoneId.of("Europe/Berlin"));
  }

  private static Instant weekAround(ClinicAData a) {
    return a.remindersDue().minus(Duration.ofDays(7));
  }

  private String slugOfB() {
    return tenants.find(clinics.clinicB()).orElseThrow().getSlug();
  }

  /**
   * A session of clinic B that carries A's client's id, as a mix-up of accounts would: what is read
   * for "the signed-in client" must still be B's alone.
   */
  private <T> T asBsSessionOf(UUID clientId, Supplier<T> work) {
    var confused =
        new SignedInUser(
            "client@b.example",
            UUID.randomUUID(),
            clinics.clinicB(),
            "B's client",
            Set.of(Role.CLIENT),
            Instant.now(),
            0,
            clientId);
    return caller.callAs(confused, work);
  }

  /** A clinician of clinic B, signed in there. */
  private <T> T asBsClinician(Supplier<T> work) {
    var clinician =
        new SignedInUser(
            "clinician@b.example",
            UUID.randomUUID(),
            clinics.clinicB(),
            "B's clinician",
            Set.of(Role.CLINICIAN),
            Instant.now(),
            0,
            null);
    return caller.callAs(clinician, work);
  }

  private static Optional<CopingPlanContents> nonEmpty(CopingPlanContents plan) {
    return Optional.of(plan).filter(contents -> !contents.isEmpty());
  }

  private static Probe probe(String name, Function<ClinicAData, Object> request) {
    return new Probe(name, request);
  }

  private static AuditFilter forRecord(Client client) {
    return new AuditFilter("", client.getId().toString(), null, null, null);
  }

  /** The CSV lines below the header. */
  private List<String> exportedRows(AuditFilter filter) {
    var csv = new StringWriter();
    try {
      audit.exportCsv(filter, ZoneOffset.UTC, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString().lines().skip(1).toList();
  }

  @BeforeEach
  void seedClinicA() {
    String staffEmail = "clinician-" + UUID.randomUUID() + "@a.example";
    String slug = tenants.find(clinics.clinicA()).orElseThrow().getSlug();
    clinicA =
        clinics.asClinicA(
            () -> {
              var staff =
                  accounts.open(staffEmail, "A Clinician", STAFF_PASSWORD, Set.of(Role.CLINICIAN));
              var riley = aClient().named("Riley S.").build();
              riley.setEhrMrn("MRN-A-1");
              var client = clients.add(riley);
              webhookOfA =
                  webhooks
                      .subscribe(
                          "https://hooks.a.example/events",
                          EnumSet.allOf(WebhookEvent.class),
                          "A's scheduling system")
                      .subscription()
                      .getId();
              var group =
                  groups.create(
                      aGroup().named("A's Tuesday group").withCapacity(5).build(),
                      Set.of(staff.getId()));
              var enrollment = enrollments.enrol(group.getId(), client.getId(), false);
              var session = sessions.ofGroup(group.getId(), Instant.now(), 1).getFirst();
              String feedUrl = feeds.renew(staff.getId());
              String token =
                  feedUrl.substring(
                      feedUrl.lastIndexOf('/') + 1, feedUrl.length() - ".ics".length());
              var mentor =
                  accounts.open(
                      "mentor-" + UUID.randomUUID() + "@a.example",
                      "A Mentor",
                      STAFF_PASSWORD,
                      Set.of(Role.PEER_MENTOR));
              clientAccountOfA =
                  accounts
                      .openForClient(
                          client.getId(),
                          "riley-" + UUID.randomUUID() + "@a.example",
                          "Riley",
                          STAFF_PASSWORD)
                      .getId();
              attendance.selfCheckIn(client.getId(), session.getId(), session.getStartsAt());
              checkIns.record(client.getId(), new CheckInAnswers(2, 9, false, null, null));
              // Before Riley has a mentor: the follow-up is the clinicians'.
              followUps.openForNewFlags(Instant.now());
              UUID followUp = outreachTasks.forClinicians().getFirst().task().getId();
              checkIns.restartRecovery(
                  client.getId(), LocalDate.now(ZoneId.of("America/Chicago")).minusDays(1));
              mentoring.assign(client.getId(), mentor.getId());
              mentoring.logContact(
                  mentor.getId(),
                  client.getId(),
                  new ContactLog(
                      LocalDate.now(ZoneId.of("America/Chicago")),
                      ContactChannel.PHONE,
                      null,
                      LocalDate.now(ZoneId.of("America/Chicago")).plusDays(1)),
                  LocalDate.now(ZoneId.of("America/Chicago")));
              var alert = alerts.raise(client.getId());
              fixtures.as(
                  clientAccountOfA,
                  () -> {
                    copingPlans.save(
                        new CopingPlanContents(
                            "Payday",
                            null,
                            "Calling my sister",
                            List.of(new PersonToCall("Sam", "+1 312 555 0100")),
                            null));
                    copingTools.recordUse(CopingTool.BREATHING);
                    copingTools.shareUseCounts(true);
                    return null;
                  });
              var endpoint =
                  careTeams.saveEndpoint(
                      null, fhirConnection("A's practice", "https://ehr.example/fhir"));
              var recipient =
                  careTeams.addRecipient(
                      client.getId(), recipient(endpoint.getId(), "Dr. Lee", "MRN-1001"));
              var consent =
                  fixtures.as(
                      staff.getId(),
                      () ->
                          consents.recordPaper(
                              client.getId(), consentTo(recipient.getId(), SharedData.ATTENDANCE)));
              var message =
                  fixtures.as(
                      staff.getId(),
                      () -> outbox.sendNow(recipient.getId(), today().minusDays(7), today()));
              var ehr = apiClients.save(null, anApiClient("EHR"));
              var pulling =
                  careTeams.addRecipient(
                      client.getId(),
                      RecipientDetails.pulling(ehr.getId(), "Lakeside clinic", null, "MRN-7001"));
              var pullConsent =
                  fixtures.as(
                      staff.getId(),
                      () ->
                          consents.recordPaper(
                              client.getId(), consentTo(pulling.getId(), SharedData.ATTENDANCE)));
              var apiToken =
                  apiAccess.issue(ehr.getId(), Set.of(ApiScope.PATIENT.value()), Instant.now());
              var export =
                  caller.callAsApiClient(
                      apiAccess.holderOf(apiToken.value(), Instant.now()).orElseThrow(),
                      () ->
                          exports.kickOff(
                              new ExportRequest(
                                  null, List.of("Patient"), null, "https://a.example/export")));
              var video =
                  videoProviders.save(
                      new VideoSettings(
                          VideoProviderKind.ZOOM, "clinic A's zoom secret", A_GRACE_MINUTES));
              String joinLink =
                  myGroups.joinLink(client.getId(), session.getId(), session.getStartsAt());
              var measure =
                  measures.assign(client.getId(), Instrument.PHQ_9, MeasureSchedule.once());
              var screen =
                  measures.assign(client.getId(), Instrument.PHQ_2, MeasureSchedule.once());
              measures.complete(screen.getId(), screen.nextDue().orElseThrow(), List.of(1, 1));
              return new ClinicAData(
                  client,
                  staffEmail,
                  staff.getId(),
                  slug,
                  group,
                  session,
                  enrollment,
                  token,
                  mentor.getId(),
                  alert,
                  new Sharing(
                      endpoint.getId(),
                      recipient.getId(),
                      consent.getId(),
                      message.getId(),
                      ehr.getId(),
                      pullConsent.getId(),
                      apiToken.value(),
                      export.getId()),
                  new Video(video, participantKeyIn(joinLink)),
                  measure.getId(),
                  followUp,
                  boardOf(group.getId(), staff.getId()),
                  safetyOf(group.getId(), client.getId(), staff.getId()),
                  libraryOf(group.getId(), client.getId(), staff.getId()));
            });
  }

  /**
   * Runs in clinic A: its group's second session under way, Riley removed from it by A's clinician
   * and Riley's concern about it.
   */
  private SafetyOfA safetyOf(UUID group, UUID client, UUID clinician) {
    GroupSession underWay = sessions.ofGroup(group, Instant.now(), 2).get(1);
    pastOfClinicA().held(underWay, Duration.ofMinutes(5));
    fixtures.as(clinician, () -> removals.remove(underWay.getId(), client, "Shared a link"));
    UUID concern =
        fixtures.as(
            clientAccountOfA,
            () -> concerns.report(client, underWay.getId(), "A's concern").getId());
    return new SafetyOfA(underWay.getId(), concern);
  }

  /** Runs in clinic A: its library, as {@link LibraryOfA} describes it. */
  private LibraryOfA libraryOf(UUID group, UUID client, UUID clinician) {
    return fixtures.as(
        clinician,
        () -> {
          UUID document =
              library.add(
                  new ResourceDetails(
                      ResourceKind.DOCUMENT,
                      A_RESOURCE,
                      null,
                      null,
                      null,
                      Set.of(),
                      List.of(),
                      false,
                      List.of()),
                  new UploadedFile("a.pdf", "%PDF-1.7 clinic A".getBytes(StandardCharsets.UTF_8)));
          UUID assignment = library.assignToClient(document, client);
          UUID sheet =
              library.add(
                  new ResourceDetails(
                      ResourceKind.WORKSHEET,
                      "A's worksheet",
                      null,
                      null,
                      null,
                      Set.of(),
                      List.of(),
                      false,
                      List.of(WorksheetField.longText("What happened", null))),
                  null);
          library.assignToGroup(sheet, group);
          fixtures.as(
              clientAccountOfA,
              () -> {
                worksheets.submit(sheet, List.of("A's answer"));
                return null;
              });
          return new LibraryOfA(document, assignment, sheet);
        });
  }

  /** Runs in clinic A: its own code of conduct, Riley's post, and A's clinician's report of it. */
  private BoardOfA boardOf(UUID group, UUID clinician) {
    boardRules.save(new BoardSettings(A_CODE_OF_CONDUCT, 0, false, 180));
    UUID post =
        fixtures.as(
            clientAccountOfA,
            () -> {
              boardRules.acceptCodeOfConduct(boardRules.settings().conductVersion());
              boardDigest.subscribe(true);
              return boards.post(group, null, "A's board post");
            });
    UUID report =
        fixtures.as(
            clinician,
            () -> {
              boards.report(post, "probe");
              return boardModeration.openReports(group).getFirst().reportId();
            });
    return new BoardOfA(post, report);
  }

  @Test
  void clinicBSeesNothingOfClinicA() {
    var softly = new SoftAssertions();
    for (Probe probe : probes()) {
      Object answer;
      try {
        answer = clinics.asClinicB(() -> probe.request().apply(clinicA));
      } catch (NotFoundException expected) {
        continue;
      }
      softly.assertThat(isEmpty(answer)).as(probe.name() + " answered " + answer).isTrue();
    }
    softly.assertAll();
  }

  @Test
  void clinicAStillSeesItsOwnData() {
    assertThat(clinics.asClinicA(() -> clients.open(clinicA.client().getId()))).isNotNull();
    assertThat(clinics.asClinicA(() -> webhooks.subscriptions())).hasSize(1);
    assertThat(clinics.asClinicA(() -> flagWebhooks.publishNewFlags(Instant.now())))
        .as("Riley's high craving")
        .isOne();
    assertThat(clinics.asClinicA(() -> webhooks.recentDeliveries(50)))
        .extracting(WebhookDelivery::eventType)
        .contains("client.enrolled");
    assertThat(clinics.asClinicA(() -> accounts.findByEmail(clinicA.staffEmail()))).isPresent();
    assertThat(clinics.asClinicA(() -> outreachTasks.forClinicians()))
        .extracting(open -> open.task().getId())
        .containsExactly(clinicA.followUpId());
    assertThat(clinics.asClinicA(() -> exportedRows(forRecord(clinicA.client())))).isNotEmpty();
    assertThat(clinics.asClinicA(() -> verifier.verify().rowsChecked())).isPositive();
    assertThat(clinics.asClinicA(() -> groups.find(clinicA.group().getId()))).isPresent();
    assertThat(clinics.asClinicA(() -> sessions.find(clinicA.session().getId()))).isPresent();
    assertThat(clinics.asClinicA(() -> enrollments.ofGroup(clinicA.group().getId())))
        .extracting(Enrollment::getId)
        .containsExactly(clinicA.enrollment().getId());
    assertThat(clinics.asClinicA(() -> myGroups.of(clinicA.client().getId(), Instant.now())))
        .hasSize(1);
    assertThat(publicCalendar.calendar(clinicA.slug(), clinicA.feedToken())).isPresent();
    // The probe's moment is one at which A's own reminder is due: B's run sending none means
    // something.
    assertThat(clinics.asClinicA(() -> reminders.sendDue(clinicA.remindersDue()))).isEqualTo(1);
    assertThat(clinics.asClinicA(() -> boardRules.settings().codeOfConduct()))
        .isEqualTo(A_CODE_OF_CONDUCT);
    assertThat(
            clinics.asClinicA(
                () ->
                    fixtures.as(
                        clinicA.staffId(), () -> removals.ofSession(clinicA.safety().sessionId()))))
        .hasSize(1);
    assertThat(clinics.asClinicA(() -> fixtures.as(clinicA.staffId(), () -> concerns.open())))
        .extracting(SessionConcern::getId)
        .containsExactly(clinicA.safety().concernId());
    assertThat(
            clinics.asClinicA(
                () -> fixtures.as(clinicA.staffId(), () -> boards.open(clinicA.group().getId()))))
        .satisfies(
            board ->
                assertThat(board.posts())
                    .extracting(BoardPostLine::id)
                    .containsExactly(clinicA.board().postId()));
    assertThat(
            clinics.asClinicA(
                () ->
                    fixtures.as(
                        clinicA.staffId(),
                        () -> boardModeration.openReports(clinicA.group().getId()))))
        .hasSize(1);
    assertThat(
            clinics.asClinicA(() -> fixtures.as(clientAccountOfA, () -> boardDigest.subscribed())))
        .isTrue();
    assertThat(
            clinics.asClinicA(
                () ->
                    fixtures.as(
                        clinicA.staffId(), () -> library.file(clinicA.library().documentId()))))
        .isPresent();
    assertThat(
            clinics.asClinicA(
                () ->
                    fixtures.as(
                        clinicA.staffId(),
                        () -> worksheets.answersTo(clinicA.library().worksheetId()))))
        .singleElement()
        .satisfies(
            answers -> assertThat(answers.answers().getFirst().answer()).isEqualTo("A's answer"));
    assertThat(clinics.asClinicA(() -> library.count(A_RESOURCE, true))).isOne();
    // Last: the probe's far-future moment deletes A's post in A, where B's run deleted nothing.
    assertThat(clinics.asClinicA(() -> boardRetention.deleteExpired(farFuture()))).isEqualTo(1);
  }

  /** The API probes mean something: A's own EHR, with A's token, finds what B's did not. */
  @Test
  void clinicAsOwnEhrStillReadsItsClient() {
    var holder =
        clinics.asClinicA(() -> apiAccess.holderOf(clinicA.sharing().apiToken(), Instant.now()));
    assertThat(holder).isPresent();
    var shared =
        caller.callAsApiClient(
            holder.get(),
            () -> pulled.clients(Optional.empty(), Optional.of("MRN-7001"), 0, 50).page());
    assertThat(shared)
        .singleElement()
        .satisfies(client -> assertThat(client.clientId()).isEqualTo(clinicA.client().getId()));
    assertThat(
            caller.callAsApiClient(
                holder.get(), () -> pulled.underConsent(clinicA.sharing().pullConsentId())))
        .isNotNull();
    assertThat(
            caller.callAsApiClient(
                holder.get(), () -> exports.status(clinicA.sharing().exportId()).getStatus()))
        .isEqualTo(ExportStatus.QUEUED);
    assertThat(clinics.asClinicA(() -> exports.claimNext(Instant.now()))).isPresent();
  }

  /**
   * The video probes mean something: in A the key finds A's enrolment and a join is recorded; and B
   * setting up its own video service changes nothing of A's.
   */
  @Test
  void clinicAsVideoServiceStaysItsOwn() {
    String key = clinicA.video().participantKey();
    assertThat(clinics.asClinicA(() -> participantKeys.enrollmentOf(key))).isPresent();
    assertThat(clinics.asClinicA(() -> videoProviders.graceMinutes())).isEqualTo(A_GRACE_MINUTES);
    assertThat(clinics.asClinicA(() -> videoReports.record(joinOf(clinicA), Instant.now())))
        .isEqualTo(ReportOutcome.RECORDED);

    var bs =
        clinics.asClinicB(
            () ->
                videoProviders.save(
                    new VideoSettings(
                        VideoProviderKind.STANDARD_WEBHOOKS, "clinic B's own signing secret", 3)));

    assertThat(bs.receiverPath()).isNotEqualTo(clinicA.video().setup().receiverPath());
    assertThat(clinics.asClinicA(() -> videoProviders.setup())).contains(clinicA.video().setup());
    assertThat(clinics.asClinicA(() -> videoProviders.signingSecret(VideoProviderKind.ZOOM)))
        .contains("clinic A's zoom secret");
  }

  @Test
  void clinicAStillSeesItsOwnEngagement() {
    UUID client = clinicA.client().getId();
    UUID mentor = clinicA.mentorId();
    assertThat(clinics.asClinicA(() -> attendance.roster(clinicA.session().getId())))
        .singleElement()
        .satisfies(line -> assertThat(line.recorded()).isPresent());
    assertThat(clinics.asClinicA(() -> attendance.historyOf(client, Instant.EPOCH, farFuture())))
        .hasSize(1);
    assertThat(
            clinics.asClinicA(
                () -> attendance.ofGroup(clinicA.group().getId(), Instant.EPOCH, farFuture())))
        .hasSize(1);
    assertThat(clinics.asClinicA(() -> checkIns.progressOf(client)).today()).isPresent();
    assertThat(clinics.asClinicA(() -> checkIns.recoveryStartHistory(client))).hasSize(1);
    assertThat(clinics.asClinicA(() -> copingTools.useCountsOf(client)))
        .hasValueSatisfying(
            counts -> assertThat(counts.totals()).containsKey(CopingTool.BREATHING));
    assertThat(
            clinics.asClinicA(
                () -> fixtures.as(clientAccountOfA, () -> copingPlans.openInAHardMoment())))
        .extracting(CopingPlanContents::triggers)
        .isEqualTo("Payday");
    assertThat(clinics.asClinicA(() -> alerts.open())).hasSize(1);
    assertThat(clinics.asClinicA(() -> alerts.openOf(client))).hasSize(1);
    assertThat(clinics.asClinicA(() -> measures.assignmentsOf(client))).hasSize(2);
    assertThat(clinics.asClinicA(() -> measures.dueFor(client)))
        .singleElement()
        .satisfies(due -> assertThat(due.getId()).isEqualTo(clinicA.measureId()));
    assertThat(clinics.asClinicA(() -> measures.resultsOf(client))).hasSize(1);
    assertThat(
            clinics.asClinicA(
                () ->
                    measures.completedBetween(
                        client, Instant.EPOCH, Instant.now().plusSeconds(86_400))))
        .hasSize(1);
    assertThat(clinics.asClinicA(() -> mentoring.currentOf(client))).isPresent();
    assertThat(clinics.asClinicA(() -> mentoring.historyOf(client))).hasSize(1);
    assertThat(clinics.asClinicA(() -> mentoring.menteesOf(mentor))).containsExactly(client);
    assertThat(clinics.asClinicA(() -> mentoring.contactsOf(client))).hasSize(1);
    assertThat(
            clinics.asClinicA(() -> mentoring.dueFollowUps(mentor, LocalDate.now().plusYears(1))))
        .hasSize(1);
    assertThat(clinics.asClinicA(() -> mentoring.suggestionsFor(client))).hasSize(1);
    assertThat(clinics.asClinicA(() -> flags.all(Instant.now()))).isNotEmpty();
    assertThat(
            clinics.asClinicA(
                () -> adherence.ofClinic(LocalDate.now().minusDays(30), LocalDate.now())))
        .hasSize(1);
    assertThat(
            clinics.asClinicA(
                () -> adherence.of(client, LocalDate.now().minusDays(30), LocalDate.now())))
        .extracting(AdherenceSummary::clientId)
        .isEqualTo(client);
    assertThat(clinics.asClinicA(this::clinicianDashboard)).isNotEmpty();
    assertThat(
            clinics.asClinicA(
                () ->
                    outcomes
                        .report(OutcomeScope.group(clinicA.group().getId()), lastMonth(), today())
                        .clients()))
        .isEqualTo(1);
    assertThat(
            clinics.asClinicA(
                () -> outcomes.report(OutcomeScope.mentor(mentor), lastMonth(), today()).clients()))
        .isEqualTo(1);
    assertThat(clinics.asClinicA(() -> outcomes.mentors(lastMonth(), today())))
        .singleElement()
        .satisfies(figures -> assertThat(figures.caseload()).isEqualTo(1));
    assertThat(clinics.asClinicA(() -> dashboards.forMentor(mentor, Instant.now()))).hasSize(1);
    assertThat(clinics.asClinicA(() -> dashboards.openAlertsForMentor(mentor))).hasSize(1);
    // The probe's far-future moment is one at which A's alert is overdue: B escalating none
    // means something.
    assertThat(clinics.asClinicA(() -> alerts.escalateOverdue(farFuture()))).isEqualTo(1);
  }

  @Test
  void applicationPoolConnectsAsARoleThatCannotBypassRowLevelSecurity() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
      rows.next();
      assertThat(rows.getBoolean(1)).as("superuser").isFalse();
      assertThat(rows.getBoolean(2)).as("bypasses RLS").isFalse();
    }
  }

  @Test
  void nativeQueryWithClinicBsIdFindsNoneOfClinicAsRows() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      setTenant(connection, clinics.clinicB().toString());
      try (var query =
          connection.prepareStatement("select count(*) from client where tenant_id = ?::uuid")) {
        query.setString(1, clinics.clinicA().toString());
        try (var rows = query.executeQuery()) {
          rows.next();
          assertThat(rows.getLong(1)).isZero();
        }
      } finally {
        setTenant(connection, "");
      }
    }
  }

  @Test
  void pooledConnectionsCarryNoClinicAfterRequests() throws SQLException {
    for (int i = 0; i < 3; i++) {
      clinics.asClinicA(() -> clients.search(ClientSearch.firstPage("")));
    }

    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        Connection connection = dataSource.getConnection();
        held.add(connection);
        try (var rows =
            connection
                .createStatement()
                .executeQuery("select coalesce(current_setting('app.tenant_id', true), '')")) {
          rows.next();
          assertThat(rows.getString(1)).isEmpty();
        }
      }
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
  }

  private static void setTenant(Connection connection, String tenant) throws SQLException {
    try (var statement =
        connection.prepareStatement("select set_config('app.tenant_id', ?, false)")) {
      statement.setString(1, tenant);
      statement.execute();
    }
  }

  /**
   * Reads are audited where they happen, so the probes' own reads in B fill B's trail: these are
   * B's, whatever else the trail must not hold.
   */
  private static final Set<AuditAction> READS =
      EnumSet.of(
          AuditAction.CLIENTS_SEARCHED,
          AuditAction.ROSTER_VIEWED,
          AuditAction.ATTENDANCE_VIEWED,
          AuditAction.ENGAGEMENT_VIEWED,
          AuditAction.CONTACT_NOTES_VIEWED,
          AuditAction.CALENDAR_FEED_FETCHED,
          AuditAction.MEASURE_RESULTS_VIEWED,
          AuditAction.PAGE_REFUSED);

  private List<AuditEvent> probesOwnReads() {
    return audit.search(AuditFilter.any(), 0, AuditService.MAX_PAGE).stream()
        .filter(entry -> READS.contains(entry.getAction()))
        .toList();
  }

  private List<AuditEvent> entriesNotOfTheProbesOwnReads() {
    return audit.search(AuditFilter.any(), 0, AuditService.MAX_PAGE).stream()
        .filter(entry -> !READS.contains(entry.getAction()))
        .toList();
  }

  private static boolean isEmpty(Object answer) {
    return switch (answer) {
      case null -> true;
      case Collection<?> rows -> rows.isEmpty();
      case Map<?, ?> rows -> rows.isEmpty();
      case Optional<?> maybe -> maybe.isEmpty();
      case Number count -> count.longValue() == 0;
      default -> false;
    };
  }
}
