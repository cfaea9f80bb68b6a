package org.aftercare.measures;

import java.util.ArrayList;
import java.util.List;

/**
 * The wording, points and bands of each standard measure, as their authors publish them.
 *
 * <p>Terms of use: the PHQ-9, PHQ-2 and GAD-7 were developed by Drs. Robert L. Spitzer, Janet B.W.
 * Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc.; no permission
 * is required to reproduce, translate, display or distribute them. The AUDIT-C is the first three
 * questions of the World Health Organization's AUDIT (Babor et al., 2001), which the WHO publishes
 * for use without charge. The BARC-10 (Vilsaint et al., 2017) is listed by the PhenX Toolkit as
 * freely available with no permission required; one secondary source gives its licence as CC
 * BY-NC-ND, so a clinic using it commercially should confirm with the authors.
 *
 * <p>LOINC codes: checked against DOMAIN.md and published FHIR Questionnaires of the instruments
 * (PHQ-9 panel 44249-1, total 44261-6, items 44250-9 … 44260-8; GAD-7 panel 69737-5 with items
 * 69725-0 … 69736-7); the GAD-7 total 70274-6, PHQ-2 panel 55757-9 and total 55758-7, and AUDIT-C
 * panel 72109-2 and total 75626-2 are DOMAIN.md's, not checked at loinc.org from here. AUDIT-C
 * items carry no LOINC code here (unchecked); BARC-10 has no LOINC codes at all.
 */
final class StandardQuestionnaires {

  private static final String TWO_WEEKS =
      "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

  private static final List<AnswerOption> HOW_OFTEN =
      List.of(
          new AnswerOption(0, "Not at all"),
          new AnswerOption(1, "Several days"),
          new AnswerOption(2, "More than half the days"),
          new AnswerOption(3, "Nearly every day"));

  private static final String PFIZER_TERMS =
      "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with"
          + " an educational grant from Pfizer Inc. No permission required to reproduce, translate,"
          + " display or distribute.";

  private static final List<Question> PHQ_9_ITEMS =
      List.of(
          howOften("q1", "44250-9", "Little interest or pleasure in doing things"),
          howOften("q2", "44255-8", "Feeling down, depressed, or hopeless"),
          howOften("q3", "44259-0", "Trouble falling or staying asleep, or sleeping too much"),
          howOften("q4", "44254-1", "Feeling tired or having little energy"),
          howOften("q5", "44251-7", "Poor appetite or overeating"),
          howOften(
              "q6",
              "44258-2",
              "Feeling bad about yourself — or that you are a failure or have let yourself or your"
                  + " family down"),
          howOften(
              "q7",
              "44252-5",
              "Trouble concentrating on things, such as reading the newspaper or watching"
                  + " television"),
          howOften(
              "q8",
              "44253-3",
              "Moving or speaking so slowly that other people could have noticed? Or the opposite —"
                  + " being so fidgety or restless that you have been moving around a lot more than"
                  + " usual"),
          howOften(
              "q9",
              "44260-8",
              "Thoughts that you would be better off dead or of hurting yourself in some way"));

  static final Questionnaire PHQ_9 =
      new Questionnaire(
          "PHQ-9",
          "Patient Health Questionnaire (PHQ-9)",
          "44249-1",
          "44261-6",
          TWO_WEEKS,
          PHQ_9_ITEMS,
          List.of(
              new ScoreBand(0, 4, "Minimal"),
              new ScoreBand(5, 9, "Mild"),
              new ScoreBand(10, 14, "Moderate"),
              new ScoreBand(15, 19, "Moderately severe"),
              new ScoreBand(20, 27, "Severe")),
          8,
          PFIZER_TERMS);

  static final Questionnaire GAD_7 =
      new Questionnaire(
          "GAD-7",
          "Generalized Anxiety Disorder (GAD-7)",
          "69737-5",
          "70274-6",
          TWO_WEEKS,
          List.of(
              howOften("q1", "69725-0", "Feeling nervous, anxious, or on edge"),
              howOften("q2", "68509-9", "Not being able to stop or control worrying"),
              howOften("q3", "69733-4", "Worrying too much about different things"),
              howOften("q4", "69734-2", "Trouble relaxing"),
              howOften("q5", "69735-9", "Being so restless that it is hard to sit still"),
              howOften("q6", "69689-8", "Becoming easily annoyed or irritable"),
              howOften("q7", "69736-7", "Feeling afraid, as if something awful might happen")),
          List.of(
              new ScoreBand(0, 4, "Minimal"),
              new ScoreBand(5, 9, "Mild"),
              new ScoreBand(10, 14, "Moderate"),
              new ScoreBand(15, 21, "Severe")),
          null,
          PFIZER_TERMS);

  /** The PHQ-9's first two items; 3 or more calls for the full PHQ-9. */
  static final Questionnaire PHQ_2 =
      new Questionnaire(
          "PHQ-2",
          "Patient Health Questionnaire (PHQ-2)",
          "55757-9",
          "55758-7",
          TWO_WEEKS,
          PHQ_9_ITEMS.subList(0, 2),
          List.of(new ScoreBand(0, 2, "Negative"), new ScoreBand(3, 6, "Positive")),
          null,
          PFIZER_TERMS);

  /**
   * The published cut-off is 4 or more for men and 3 or more for women. The record holds no sex, so
   * a total of 3 gets its own band naming both rules and the clinician reads it for the person; 4
   * and over is positive for everyone.
   */
  static final Questionnaire AUDIT_C =
      new Questionnaire(
          "AUDIT-C",
          "Alcohol Use Disorders Identification Test — Consumption (AUDIT-C)",
          "72109-2",
          "75626-2",
          "Think about your drinking over the past year.",
          List.of(
              new Question(
                  "q1",
                  null,
                  "How often do you have a drink containing alcohol?",
                  options(
                      "Never",
                      "Monthly or less",
                      "2 to 4 times a month",
                      "2 to 3 times a week",
                      "4 or more times a week")),
              new Question(
                  "q2",
                  null,
                  "How many standard drinks containing alcohol do you have on a typical day?",
                  options("1 or 2", "3 or 4", "5 or 6", "7 to 9", "10 or more")),
              new Question(
                  "q3",
                  null,
                  "How often do you have six or more drinks on one occasion?",
                  options(
                      "Never", "Less than monthly", "Monthly", "Weekly", "Daily or almost daily"))),
          List.of(
              new ScoreBand(0, 2, "Negative"),
              new ScoreBand(3, 3, "Positive for women (men: 4 or more)"),
              new ScoreBand(4, 12, "Positive")),
          null,
          "From the World Health Organization's AUDIT (Babor et al., 2001); AUDIT-C after Bush et"
              + " al. (1998).");

  /**
   * Ten statements scored 1 (strongly disagree) to 6 (strongly agree). The authors found 47 or more
   * to go with sustained remission (Vilsaint et al., 2017); below it is not a diagnosis.
   */
  static final Questionnaire BARC_10 =
      new Questionnaire(
          "BARC-10",
          "Brief Assessment of Recovery Capital (BARC-10)",
          null,
          null,
          "How much do you agree with each statement?",
          List.of(
              agreement(
                  "q1", "There are more important things to me in life than using substances."),
              agreement("q2", "In general I am happy with my life."),
              agreement("q3", "I have enough energy to complete the tasks I set myself."),
              agreement("q4", "I am proud of the community I live in and feel part of it."),
              agreement("q5", "I get lots of support from friends."),
              agreement(
                  "q6",
                  "I regard my life as challenging and fulfilling without the need for using drugs"
                      + " or alcohol."),
              agreement("q7", "My living space has helped to drive my recovery journey."),
              agreement("q8", "I take full responsibility for my actions."),
              agreement("q9", "I am happy dealing with a range of professional people."),
              agreement("q10", "I am making good progress on my recovery journey.")),
          List.of(
              new ScoreBand(10, 46, "Below 47"),
              new ScoreBand(47, 60, "47 or more (remission cut-off)")),
          null,
          "Vilsaint, Kelly, Bergman, Groshkova, Best and White (2017), Drug and Alcohol Dependence"
              + " 177:71-76.");

  private StandardQuestionnaires() {}

  private static Question howOften(String linkId, String loinc, String text) {
    return new Question(linkId, loinc, text, HOW_OFTEN);
  }

  private static Question agreement(String linkId, String text) {
    List<String> labels =
        List.of(
            "Strongly disagree",
            "Disagree",
            "Somewhat disagree",
            "Somewhat agree",
            "Agree",
            "Strongly agree");
    List<AnswerOption> scale = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      scale.add(new AnswerOption(i + 1, labels.get(i)));
    }
    return new Question(linkId, null, text, scale);
  }

  /** Options scored 0, 1, 2, … in the order given. */
  private static List<AnswerOption> options(String... labels) {
    List<AnswerOption> scored = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      scored.add(new AnswerOption(i, labels[i]));
    }
    return scored;
  }
}
