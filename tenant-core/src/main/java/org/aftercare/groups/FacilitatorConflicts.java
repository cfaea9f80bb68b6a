package org.aftercare.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.Phrase;

/**
 * Finds sessions of other groups that a facilitator already leads at the same time. A session with
 * a substitute is led by the substitute alone.
 */
@ApplicationScoped
public class FacilitatorConflicts {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final int NAMED_IN_MESSAGE = 3;

  @PersistenceContext private EntityManager em;

  /** A planned meeting to check: its start, length and who leads it. */
  record Slot(Instant start, Duration duration, Collection<UUID> facilitators) {
    Instant end() {
      return start.plus(duration);
    }
  }

  /**
   * Throws, naming the field and the first clashes, when any slot double-books a facilitator; each
   * clash is a {@link Phrase} whose start the screen writes in its reader's language.
   */
  void refuseClashes(UUID groupId, List<Slot> slots, ZoneId zone, String field) {
    List<GroupSession> clashes = clashes(groupId, slots);
    if (clashes.isEmpty()) {
      return;
    }
    var named = new ArrayList<String>();
    var worded = new ArrayList<Phrase>();
    for (GroupSession clash : clashes.subList(0, Math.min(NAMED_IN_MESSAGE, clashes.size()))) {
      ZonedDateTime start = clash.getStartsAt().atZone(zone);
      named.add(clash.getGroup().getName() + " on " + WHEN.format(start));
      worded.add(
          new Phrase("refusal.groups.facilitatorBusy.clash", clash.getGroup().getName(), start));
    }
    String english =
        "A facilitator is already leading another session at that time: "
            + String.join("; ", named);
    if (clashes.size() > NAMED_IN_MESSAGE) {
      int more = clashes.size() - NAMED_IN_MESSAGE;
      throw InvalidInputException.worded(
          field,
          english + " and " + more + " more.",
          "refusal.groups.facilitatorBusyMore",
          worded,
          more);
    }
    throw InvalidInputException.worded(
        field, english + ".", "refusal.groups.facilitatorBusy", worded);
  }

  List<GroupSession> clashes(UUID groupId, List<Slot> slots) {
    if (slots.isEmpty()) {
      return List.of();
    }
    Instant from = slots.stream().map(Slot::start).min(Comparator.naturalOrder()).orElseThrow();
    Instant to = slots.stream().map(Slot::end).max(Comparator.naturalOrder()).orElseThrow();
    var people = slots.stream().flatMap(slot -> slot.facilitators().stream()).distinct().toList();
    if (people.isEmpty()) {
      return List.of();
    }
    List<GroupSession> candidates =
        em.createQuery(
                "select s from GroupSession s join fetch s.group g"
                    + " where g.id <> :group and s.status = :scheduled"
                    + " and s.startsAt < :to and s.endsAt > :from"
                    + " and (s.substituteFacilitatorId in :people"
                    + "  or (s.substituteFacilitatorId is null and exists (select f from"
                    + "   GroupFacilitator f where f.groupId = g.id and f.accountId in :people)))"
                    + " order by s.startsAt",
                GroupSession.class)
            .setParameter("group", groupId)
            .setParameter("scheduled", SessionStatus.SCHEDULED)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("people", people)
            .getResultList();
    return candidates.stream()
        .filter(other -> slots.stream().anyMatch(slot -> overlaps(slot, other)))
        .toList();
  }

  private boolean overlaps(Slot slot, GroupSession other) {
    if (!slot.start().isBefore(other.getEndsAt()) || !other.getStartsAt().isBefore(slot.end())) {
      return false;
    }
    Collection<UUID> leaders =
        other
            .substituteFacilitator()
            .map(List::of)
            .orElseGet(() -> facilitatorsOf(other.getGroup().getId()));
    return leaders.stream().anyMatch(slot.facilitators()::contains);
  }

  List<UUID> facilitatorsOf(UUID groupId) {
    return em.createQuery(
            "select f.accountId from GroupFacilitator f where f.groupId = :group", UUID.class)
        .setParameter("group", groupId)
        .getResultList();
  }
}
