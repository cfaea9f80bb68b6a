package org.aftercare.library;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.access.SignedInUser;
import org.aftercare.audit.AuditAction;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * Worksheets the clinic defines, filled in by clients on their phone: a draft is the client's
 * alone; once sent, the answers are read by the client's clinicians and by the facilitators of a
 * group the client is enrolled in — not by other mentors, other clients or another clinic. Every
 * reading of a client's answers is audited, as PHI.
 */
@ApplicationScoped
@TenantAware
public class Worksheets {

  static final String AUDIT_TYPE = "Client";
  public static final int ANSWER_MAX = 4000;

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject Library library;
  @Inject ResourceAccess access;
  @Inject ClientService clients;
  @Inject AuditService audit;

  /** A worksheet open to the signed-in client, with their answers so far. */
  @Requires(CLIENT)
  public WorksheetForm open(UUID resourceId) {
    UUID clientId = caller.requireClient();
    LibraryResource sheet = worksheetFor(resourceId, clientId);
    List<WorksheetField> fields = library.fieldsOf(resourceId);
    Optional<WorksheetResponse> response = responseOf(resourceId, clientId);
    List<String> answers = new ArrayList<>(Arrays.asList(new String[fields.size()]));
    response.ifPresent(
        r ->
            answersOf(r)
                .forEach(
                    a -> {
                      if (a.getFieldPosition() < answers.size()) {
                        answers.set(a.getFieldPosition(), a.getAnswer());
                      }
                    }));
    ResourceDetails details = sheet.details(fields);
    return new WorksheetForm(
        resourceId,
        details.title(),
        details.description(),
        fields,
        answers,
        response
            .map(r -> r.isSubmitted() ? WorksheetState.SUBMITTED : WorksheetState.DRAFT)
            .orElse(WorksheetState.NOT_STARTED),
        response.map(WorksheetResponse::getSubmittedAt).orElse(null));
  }

  /** Keeps the client's answers as a draft that only they see. */
  @Transactional
  @Requires(CLIENT)
  public void saveDraft(UUID resourceId, List<String> answers) {
    write(resourceId, answers, false);
  }

  /** Sends the client's answers to their clinician and facilitators; after that they are final. */
  @Transactional
  @Requires(CLIENT)
  public void submit(UUID resourceId, List<String> answers) {
    write(resourceId, answers, true);
  }

  /**
   * The sent answers to a worksheet that the signed-in clinician or facilitator may read, newest
   * first: clinicians read every client's, a peer mentor those of clients in the groups they
   * facilitate.
   */
  @Requires({CLINICIAN, PEER_MENTOR})
  public List<WorksheetAnswers> answersTo(UUID resourceId) {
    SignedInUser person = caller.person().orElseThrow(() -> new NotFoundException("Worksheet"));
    LibraryResource sheet = em.find(LibraryResource.class, resourceId);
    if (sheet == null || sheet.getKind() != ResourceKind.WORKSHEET) {
      throw new NotFoundException("Worksheet");
    }
    List<WorksheetField> fields = library.fieldsOf(resourceId);
    List<WorksheetAnswers> shown = new ArrayList<>();
    for (WorksheetResponse response : submittedTo(resourceId)) {
      UUID clientId = response.getClientId();
      if (!person.roles().contains(org.aftercare.access.Role.CLINICIAN)
          && !access.facilitatesGroupOf(person.accountId(), clientId)) {
        continue;
      }
      Client client = em.find(Client.class, clientId);
      String[] byField = new String[fields.size()];
      answersOf(response)
          .forEach(
              a -> {
                if (a.getFieldPosition() < byField.length) {
                  byField[a.getFieldPosition()] = a.getAnswer();
                }
              });
      List<WorksheetAnswers.FieldAnswer> lines = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        lines.add(new WorksheetAnswers.FieldAnswer(fields.get(i).title(), byField[i]));
      }
      audit.record(
          AuditAction.WORKSHEET_ANSWERS_VIEWED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
      shown.add(
          new WorksheetAnswers(
              clientId,
              client == null ? "" : client.getDisplayName(),
              response.getSubmittedAt(),
              lines));
    }
    return shown;
  }

  private void write(UUID resourceId, List<String> answers, boolean send) {
    UUID clientId = caller.requireClient();
    worksheetFor(resourceId, clientId);
    List<WorksheetField> fields = library.fieldsOf(resourceId);
    List<String> given = answers == null ? List.of() : answers;
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      kept.add(fields.get(i).checkedAnswer(i, i < given.size() ? given.get(i) : null));
    }
    if (send && kept.stream().allMatch(java.util.Objects::isNull)) {
      throw InvalidInputException.worded(
          "answer0", "Answer at least one question before sending.", "worksheet.answer.none");
    }
    // The client's row lock orders two saves from two phones, so one response is made, not two.
    clients.findLocked(clientId).orElseThrow(() -> new NotFoundException("Client"));
    Instant now = clock.instant();
    WorksheetResponse response =
        responseOf(resourceId, clientId)
            .orElseGet(
                () -> {
                  var fresh = new WorksheetResponse(resourceId, clientId, now);
                  em.persist(fresh);
                  return fresh;
                });
    if (response.isSubmitted()) {
      throw InvalidInputException.worded(
          "answer0", "You have already sent this worksheet.", "worksheet.alreadySent");
    }
    em.flush();
    em.createQuery("delete from WorksheetAnswer a where a.responseId = :response")
        .setParameter("response", response.getId())
        .executeUpdate();
    for (int i = 0; i < kept.size(); i++) {
      if (kept.get(i) != null) {
        em.persist(new WorksheetAnswer(response.getId(), i, kept.get(i)));
      }
    }
    if (send) {
      response.submit(now);
      audit.record(AuditAction.WORKSHEET_SUBMITTED, AUDIT_TYPE, clientId, AuditOutcome.SUCCESS);
    } else {
      response.touch(now);
    }
  }

  private LibraryResource worksheetFor(UUID resourceId, UUID clientId) {
    LibraryResource sheet = resourceId == null ? null : em.find(LibraryResource.class, resourceId);
    if (sheet == null
        || sheet.getKind() != ResourceKind.WORKSHEET
        || sheet.isRetired()
        || !access.isOpenToClient(resourceId, clientId)) {
      throw new NotFoundException("Worksheet");
    }
    return sheet;
  }

  private Optional<WorksheetResponse> responseOf(UUID resourceId, UUID clientId) {
    return em.createQuery(
            "select w from WorksheetResponse w where w.resourceId = :resource"
                + " and w.clientId = :client",
            WorksheetResponse.class)
        .setParameter("resource", resourceId)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  private List<WorksheetResponse> submittedTo(UUID resourceId) {
    return em.createQuery(
            "select w from WorksheetResponse w where w.resourceId = :resource"
                + " and w.submittedAt is not null order by w.submittedAt desc",
            WorksheetResponse.class)
        .setParameter("resource", resourceId)
        .setMaxResults(200)
        .getResultList();
  }

  private List<WorksheetAnswer> answersOf(WorksheetResponse response) {
    return em.createQuery(
            "select a from WorksheetAnswer a where a.responseId = :response", WorksheetAnswer.class)
        .setParameter("response", response.getId())
        .getResultList();
  }

  /** A timestamptz column of a native row, whichever type the driver gave it. */
  static Instant instant(Object column) {
    return switch (column) {
      case Timestamp timestamp -> timestamp.toInstant();
      case OffsetDateTime offset -> offset.toInstant();
      case Instant instant -> instant;
      default -> throw new IllegalStateException("Not a timestamp: " + column);
    };
  }
}
