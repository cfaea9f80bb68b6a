package org.aftercare.outcomes;

import java.util.Objects;
import java.util.UUID;
import org.aftercare.groups.Modality;

/**
 * Whose outcomes a report counts: the whole clinic, one group, every group of one kind, or the
 * mentees of one peer mentor. {@code value} is the group's or mentor's id, or the kind's name.
 */
public record OutcomeScope(Reach reach, String value) {

  /** How far a report reaches. */
  public enum Reach {
    CLINIC,
    GROUP,
    KIND_OF_GROUP,
    MENTOR
  }

  public OutcomeScope {
    Objects.requireNonNull(reach, "reach");
    value = reach == Reach.CLINIC ? "" : Objects.requireNonNull(value, "value");
  }

  public static OutcomeScope clinic() {
    return new OutcomeScope(Reach.CLINIC, "");
  }

  public static OutcomeScope group(UUID groupId) {
    return new OutcomeScope(Reach.GROUP, groupId.toString());
  }

  public static OutcomeScope kindOfGroup(Modality modality) {
    return new OutcomeScope(Reach.KIND_OF_GROUP, modality.name());
  }

  public static OutcomeScope mentor(UUID mentorId) {
    return new OutcomeScope(Reach.MENTOR, mentorId.toString());
  }

  UUID id() {
    return UUID.fromString(value);
  }
}
