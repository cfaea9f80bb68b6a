package org.aftercare.coping;

import java.util.List;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.Texts;

/**
 * What the client writes in their coping plan. Every part is optional; blank parts are kept as
 * none. The limits keep the plan readable on a phone in a hard moment.
 */
public record CopingPlanContents(
    String triggers,
    String warningSigns,
    String whatHelps,
    List<PersonToCall> peopleToCall,
    String reasons) {

  public static final int TEXT_MAX = 1000;
  public static final int PEOPLE_MAX = 5;

  public static final CopingPlanContents EMPTY =
      new CopingPlanContents(null, null, null, null, null);

  public CopingPlanContents {
    triggers = Texts.blankToNull(triggers);
    warningSigns = Texts.blankToNull(warningSigns);
    whatHelps = Texts.blankToNull(whatHelps);
    reasons = Texts.blankToNull(reasons);
    peopleToCall = peopleToCall == null ? List.of() : List.copyOf(peopleToCall);
  }

  /** Field names: the component names, and {@code personName<i>}/{@code personPhone<i>}. */
  void validate() {
    fits("triggers", triggers);
    fits("warningSigns", warningSigns);
    fits("whatHelps", whatHelps);
    fits("reasons", reasons);
    if (peopleToCall.size() > PEOPLE_MAX) {
      throw InvalidInputException.worded(
          "peopleToCall",
          "Keep the plan to " + PEOPLE_MAX + " people to call.",
          "coping.plan.people.tooMany",
          PEOPLE_MAX);
    }
    for (int i = 0; i < peopleToCall.size(); i++) {
      peopleToCall.get(i).validate(i);
    }
  }

  public boolean isEmpty() {
    return equals(EMPTY);
  }

  private static void fits(String field, String text) {
    if (text != null && text.length() > TEXT_MAX) {
      throw InvalidInputException.worded(
          field,
          "Keep this to " + TEXT_MAX + " characters (" + text.length() + " now).",
          "coping.plan.text.tooLong",
          TEXT_MAX,
          text.length());
    }
  }
}
