package org.aftercare.library;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.access.Role;
import org.aftercare.clients.Client;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.LikePattern;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.TenantContext;
import org.aftercare.tenancy.persistence.ClinicSql;
import org.aftercare.tenancy.persistence.TenantAware;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clinic's resource library. Clinicians and clinic admins add, edit and retire resources and
 * assign them to a group (clinicians also to one client); every member of staff browses it. A
 * client sees what is assigned to them or to their groups ("For you") and what the clinic puts on
 * its shelf. An uploaded file reaches only the clinic's staff and the clients it is open to.
 */
@ApplicationScoped
@TenantAware
public class Library {

  static final String NOT_FOUND = "Resource";

  private static final String MATCHES_SEARCH =
      " and (lower(r.title) like :search escape '\\' or lower(r.author) like :search escape '\\'"
          + " or lower(r.topics) like :search escape '\\')";

  @Inject Clock clock;
  @PersistenceContext private EntityManager em;
  @Inject Caller caller;
  @Inject TenantContext tenantContext;
  @Inject ResourceAccess access;

  /** The largest file staff may upload; larger ones are refused before anything is stored. */
  @Inject
  @ConfigProperty(name = "aftercare.library.max-upload-bytes", defaultValue = "10485760")
  int maxUploadBytes;

  /** Adds a resource, with its uploaded file if one is given; returns its id. */
  @Transactional
  @Requires({CLINICIAN, CLINIC_ADMIN})
  public UUID add(ResourceDetails details, UploadedFile file) {
    String type = checked(file);
    details.validate(type != null);
    var resource = new LibraryResource(details, clock.instant());
    em.persist(resource);
    em.flush();
    writeFields(resource.getId(), details);
    if (type != null) {
      store(resource, file, type);
    }
    return resource.getId();
  }

  /** Changes a resource; a new file replaces the old one, none keeps it. */
  @Transactional
  @Requires({CLINICIAN, CLINIC_ADMIN})
  public void update(UUID resourceId, ResourceDetails details, UploadedFile file) {
    LibraryResource resource = existing(resourceId);
    String type = checked(file);
    details.validate(type != null || resource.hasFile());
    if (details.kind() != resource.getKind()) {
      throw InvalidInputException.worded(
          "kind", "The kind of a resource cannot change.", "refusal.library.kindFixed");
    }
    boolean newQuestions =
        details.kind() == ResourceKind.WORKSHEET && !details.fields().equals(fieldsOf(resourceId));
    // Answers are kept by their question's place: other questions would take over old answers.
    if (newQuestions && begun(resourceId)) {
      throw InvalidInputException.worded(
          "fields",
          "Clients have begun this worksheet, so its questions stay as they are. Add a new"
              + " worksheet to ask other ones.",
          "refusal.library.worksheetBegun");
    }
    resource.apply(details);
    if (newQuestions) {
      em.createQuery("delete from WorksheetFieldRow f where f.resourceId = :resource")
          .setParameter("resource", resourceId)
          .executeUpdate();
      writeFields(resourceId, details);
    }
    if (type != null) {
      store(resource, file, type);
    }
  }

  /** Takes a resource out of the library and off every "For you"; answers already given stay. */
  @Transactional
  @Requires({CLINICIAN, CLINIC_ADMIN})
  public void retire(UUID resourceId) {
    existing(resourceId).retire(clock.instant());
  }

  @Requires({CLINICIAN, CLINIC_ADMIN, PEER_MENTOR})
  public ResourceDetails details(UUID resourceId) {
    return existing(resourceId).details(fieldsOf(resourceId));
  }

  /** A page of the library for staff, by title; {@code search} matches title, author and topics. */
  @Requires({CLINICIAN, CLINIC_ADMIN, PEER_MENTOR})
  public List<ResourceSummary> list(String search, boolean withRetired, int offset, int limit) {
    return em.createQuery(
            "select r from LibraryResource r where (:retired = true or r.retiredAt is null)"
                + MATCHES_SEARCH
                + " order by r.title, r.id",
            LibraryResource.class)
        .setParameter("retired", withRetired)
        .setParameter("search", LikePattern.containing(search == null ? "" : search))
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.clamp(limit, 1, 200))
        .getResultStream()
        .map(LibraryResource::summary)
        .toList();
  }

  @Requires({CLINICIAN, CLINIC_ADMIN, PEER_MENTOR})
  public long count(String search, boolean withRetired) {
    return em.createQuery(
            "select count(r) from LibraryResource r where (:retired = true or r.retiredAt is null)"
                + MATCHES_SEARCH,
            Long.class)
        .setParameter("retired", withRetired)
        .setParameter("search", LikePattern.containing(search == null ? "" : search))
        .getSingleResult();
  }

  /** Gives a resource to every client enrolled in a group, now and later. */
  @Transactional
  @Requires({CLINICIAN, CLINIC_ADMIN})
  public UUID assignToGroup(UUID resourceId, UUID groupId) {
    LibraryResource resource = assignable(resourceId);
    if (groupId == null || em.find(RecoveryGroup.class, groupId) == null) {
      throw new NotFoundException("Group");
    }
    requireNotAssigned("a.groupId = :to", resource.getId(), groupId);
    var assignment =
        ResourceAssignment.toGroup(
            resourceId, groupId, caller.accountId().orElse(null), clock.instant());
    em.persist(assignment);
    return assignment.getId();
  }

  /** Gives a resource to one client. */
  @Transactional
  @Requires(CLINICIAN)
  public UUID assignToClient(UUID resourceId, UUID clientId) {
    LibraryResource resource = assignable(resourceId);
    if (clientId == null || em.find(Client.class, clientId) == null) {
      throw new NotFoundException("Client");
    }
    requireNotAssigned("a.clientId = :to", resource.getId(), clientId);
    var assignment =
        ResourceAssignment.toClient(
            resourceId, clientId, caller.accountId().orElse(null), clock.instant());
    em.persist(assignment);
    return assignment.getId();
  }

  @Transactional
  @Requires({CLINICIAN, CLINIC_ADMIN})
  public void unassign(UUID assignmentId) {
    ResourceAssignment assignment =
        assignmentId == null ? null : em.find(ResourceAssignment.class, assignmentId);
    if (assignment == null) {
      throw new NotFoundException("Assignment");
    }
    em.remove(assignment);
  }

  /**
   * Who a resource is assigned to. Clinic admins, who open no client record, see a client as "A
   * client".
   */
  @Requires({CLINICIAN, CLINIC_ADMIN})
  public List<AssignmentLine> assignmentsOf(UUID resourceId) {
    existing(resourceId);
    boolean namesClients = caller.holds(Role.CLINICIAN);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                """
                select a.id, g.name, c.display_name, a.assigned_at from resource_assignment a
                  left join recovery_group g on g.id = a.group_id
                  left join client c on c.id = a.client_id
                 where a.resource_id = ?1 order by a.assigned_at, a.id
                """)
            .setParameter(1, resourceId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new AssignmentLine(
                    ClinicSql.uuid(row[0]),
                    row[1] != null
                        ? "Group: " + row[1]
                        : "Client: " + (namesClients ? row[2] : "a client"),
                    Worksheets.instant(row[3])))
        .toList();
  }

  /** What staff assigned to the signed-in client or to their groups, newest first. */
  @Requires(CLIENT)
  public List<ForYou> forMe() {
    UUID clientId = caller.requireClient();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        ClinicSql.query(
                em,
                "select a.resource_id, max(a.assigned_at) from resource_assignment a"
                    + " join library_resource r on r.id = a.resource_id"
                    + " where r.retired_at is null and "
                    + ResourceAccess.ASSIGNED_TO_CLIENT
                    + " group by a.resource_id order by max(a.assigned_at) desc limit 100")
            .setParameter(1, clientId)
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              LibraryResource resource = em.find(LibraryResource.class, ClinicSql.uuid(row[0]));
              return new ForYou(
                  resource.summary(),
                  Worksheets.instant(row[1]),
                  resource.getKind() == ResourceKind.WORKSHEET
                      ? worksheetState(resource.getId(), clientId)
                      : null);
            })
        .toList();
  }

  /** A page of the clinic's shelf as the signed-in client sees it, by title. */
  @Requires(CLIENT)
  public List<ResourceSummary> shelf(int offset, int limit) {
    caller.requireClient();
    return em.createQuery(
            "select r from LibraryResource r where r.retiredAt is null and r.onShelf = true"
                + " order by r.title, r.id",
            LibraryResource.class)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.clamp(limit, 1, 100))
        .getResultStream()
        .map(LibraryResource::summary)
        .toList();
  }

  @Requires(CLIENT)
  public long shelfSize() {
    caller.requireClient();
    return em.createQuery(
            "select count(r) from LibraryResource r where r.retiredAt is null and r.onShelf = true",
            Long.class)
        .getSingleResult();
  }

  /**
   * An uploaded file, for a download: to the clinic's staff, and to a client it is open to
   * (assigned to them or their group, or on the shelf). Anyone else finds nothing, as if there were
   * no such file — no one learns what another client was given.
   */
  @Requires({CLINICIAN, CLINIC_ADMIN, PEER_MENTOR, CLIENT})
  public Optional<ResourceFile> file(UUID resourceId) {
    var person = caller.person();
    LibraryResource resource =
        resourceId == null ? null : em.find(LibraryResource.class, resourceId);
    if (person.isEmpty() || resource == null || !resource.hasFile()) {
      return Optional.empty();
    }
    boolean staff = person.get().roles().stream().anyMatch(role -> role != Role.CLIENT);
    if (!staff) {
      Optional<UUID> client = person.get().clientId();
      if (client.isEmpty()
          || resource.isRetired()
          || !access.isOpenToClient(resourceId, client.get())) {
        return Optional.empty();
      }
    }
    List<?> rows =
        ClinicSql.query(em, "select content from library_file where resource_id = ?1")
            .setParameter(1, resourceId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            bytes ->
                new ResourceFile(resource.getFileName(), resource.getFileType(), (byte[]) bytes));
  }

  List<WorksheetField> fieldsOf(UUID resourceId) {
    return em.createQuery(
            "select f from WorksheetFieldRow f where f.resourceId = :resource order by f.listedAs",
            WorksheetFieldRow.class)
        .setParameter("resource", resourceId)
        .getResultStream()
        .map(WorksheetFieldRow::field)
        .toList();
  }

  private WorksheetState worksheetState(UUID resourceId, UUID clientId) {
    return em.createQuery(
            "select w from WorksheetResponse w where w.resourceId = :resource"
                + " and w.clientId = :client",
            WorksheetResponse.class)
        .setParameter("resource", resourceId)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst()
        .map(w -> w.isSubmitted() ? WorksheetState.SUBMITTED : WorksheetState.DRAFT)
        .orElse(WorksheetState.NOT_STARTED);
  }

  private boolean begun(UUID resourceId) {
    return !em.createQuery(
            "select w.id from WorksheetResponse w where w.resourceId = :resource", UUID.class)
        .setParameter("resource", resourceId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private void writeFields(UUID resourceId, ResourceDetails details) {
    if (details.kind() != ResourceKind.WORKSHEET) {
      return;
    }
    List<WorksheetField> fields = details.fields();
    for (int i = 0; i < fields.size(); i++) {
      em.persist(new WorksheetFieldRow(resourceId, i, fields.get(i)));
    }
  }

  /** The upload's type by its content, or null without one; refused when too big or not taken. */
  private String checked(UploadedFile file) {
    if (file == null || file.content().length == 0) {
      return null;
    }
    if (file.content().length > maxUploadBytes) {
      throw InvalidInputException.worded(
          "file",
          "This file is "
              + megabytes(file.content().length)
              + " MB; the library takes files up to "
              + megabytes(maxUploadBytes)
              + " MB.",
          "refusal.library.file.tooLarge",
          megabytes(file.content().length),
          megabytes(maxUploadBytes));
    }
    return file.contentType()
        .orElseThrow(
            () ->
                InvalidInputException.worded(
                    "file",
                    "This file is not a PDF, MP3 or M4A file (whatever its name says), so it was"
                        + " not stored.",
                    "refusal.library.file.unknownType"));
  }

  private void store(LibraryResource resource, UploadedFile file, String type) {
    if (!resource.getKind().takesUpload()) {
      throw InvalidInputException.worded(
          "file",
          "Only documents and audio take an uploaded file.",
          "refusal.library.file.notTaken");
    }
    if (resource.getKind() == ResourceKind.DOCUMENT && !type.equals(UploadedFile.PDF)) {
      throw InvalidInputException.worded(
          "file", "A document must be a PDF file.", "refusal.library.file.documentPdf");
    }
    if (resource.getKind() != ResourceKind.DOCUMENT && type.equals(UploadedFile.PDF)) {
      throw InvalidInputException.worded(
          "file", "Audio must be an MP3 or M4A file.", "refusal.library.file.audioType");
    }
    em.flush();
    ClinicSql.query(
            em,
            "insert into library_file (tenant_id, resource_id, content) values (?1, ?2, ?3)"
                + " on conflict (tenant_id, resource_id) do update set content = excluded.content")
        .setParameter(1, tenantContext.tenantId().orElseThrow())
        .setParameter(2, resource.getId())
        .setParameter(3, file.content())
        .executeUpdate();
    resource.attach(file.safeName(), type, file.content().length);
  }

  private void requireNotAssigned(String to, UUID resourceId, UUID target) {
    boolean already =
        !em.createQuery(
                "select a.id from ResourceAssignment a where a.resourceId = :resource and " + to,
                UUID.class)
            .setParameter("resource", resourceId)
            .setParameter("to", target)
            .getResultList()
            .isEmpty();
    if (already) {
      throw InvalidInputException.worded(
          "assignee",
          "This resource is already assigned there.",
          "refusal.library.alreadyAssigned");
    }
  }

  private LibraryResource assignable(UUID resourceId) {
    LibraryResource resource = existing(resourceId);
    if (resource.isRetired()) {
      throw InvalidInputException.worded(
          "resource", "A retired resource cannot be assigned.", "refusal.library.retired");
    }
    return resource;
  }

  private LibraryResource existing(UUID resourceId) {
    LibraryResource resource =
        resourceId == null ? null : em.find(LibraryResource.class, resourceId);
    if (resource == null) {
      throw new NotFoundException(NOT_FOUND);
    }
    return resource;
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0);
  }
}
