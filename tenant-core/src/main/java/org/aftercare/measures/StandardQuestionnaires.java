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
 * BY-NC-ND, so a clinic using it commercially should confirm with the authors. The Brief Addiction
 * Monitor was developed for the U.S. Department of Veterans Affairs (Cacciola et al., 2013) and, as
 * a work of the U.S. government, is in the public domain.
 *
 * <p>LOINC codes: checked against DOMAIN.md and published FHIR Questionnaires of the instruments
 * (PHQ-9 panel 44249-1, total 44261-6, items 44250-9 … 44260-8; GAD-7 panel 69737-5 with items
 * 69725-0 … 69736-7); the GAD-7 total 70274-6, PHQ-2 panel 55757-9 and total 55758-7, and AUDIT-C
 * panel 72109-2 and total 75626-2 are DOMAIN.md's, not checked at loinc.org from here. AUDIT-C
 * items carry no LOINC code here (unchecked); BARC-10 and the BAM have no LOINC codes at all.
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

  private static final List<AnswerOption> HOW_MUCH =
      options("Not at all", "Slightly", "Moderately", "Considerably", "Extremely");

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
          Scale.total(
              List.of(
                  new ScoreBand(0, 4, "Minimal"),
                  new ScoreBand(5, 9, "Mild"),
                  new ScoreBand(10, 14, "Moderate"),
                  new ScoreBand(15, 19, "Moderately severe"),
                  new ScoreBand(20, 27, "Severe"))),
          List.of(),
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
          Scale.total(
              List.of(
                  new ScoreBand(0, 4, "Minimal"),
                  new ScoreBand(5, 9, "Mild"),
                  new ScoreBand(10, 14, "Moderate"),
                  new ScoreBand(15, 21, "Severe"))),
          List.of(),
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
          Scale.total(List.of(new ScoreBand(0, 2, "Negative"), new ScoreBand(3, 6, "Positive"))),
          List.of(),
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
          Scale.total(
              List.of(
                  new ScoreBand(0, 2, "Negative"),
                  new ScoreBand(3, 3, "Positive for women (men: 4 or more)"),
                  new ScoreBand(4, 12, "Positive"))),
          List.of(),
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
          Scale.total(
              List.of(
                  new ScoreBand(10, 46, "Below 47"),
                  new ScoreBand(47, 60, "47 or more (remission cut-off)"))),
          List.of(),
          null,
          "Vilsaint, Kelly, Bergman, Groshkova, Best and White (2017), Drug and Alcohol Dependence"
              + " 177:71-76.");

  private static final String PAST_30_DAYS = "In the past 30 days, how many days did you ";

  /**
   * The revised Brief Addiction Monitor in its categorical form, as the VA gives it: 17 items over
   * the past 30 days, counts of days answered in five ranges scored 0 to 4, item 14 scored 0 (no)
   * or 4 (yes). It has no total; its authors score use (items 4–6, any point is use), risk factors
   * (1, 2, 3, 8, 11, 15; 12 or more calls for attention) and protective factors (9, 10, 12, 13, 14,
   * 16; 12 or below calls for attention) — the cut-offs as published scoring summaries of the VA
   * manual give them. Use is the result stored and charted; items 7A–7G detail item 6 and item 17
   * is read on its own, in no score.
   */
  static final Questionnaire BAM =
      new Questionnaire(
          "BAM",
          "Brief Addiction Monitor (BAM-R)",
          null,
          null,
          "These questions ask about your health, alcohol and drug use, and recovery in the past"
              + " 30 days.",
          List.of(
              new Question(
                  "q1",
                  null,
                  "In the past 30 days, would you say your physical health has been:",
                  options("Excellent", "Very good", "Good", "Fair", "Poor")),
              new Question(
                  "q2",
                  null,
                  "In the past 30 days, how many nights did you have trouble falling asleep or"
                      + " staying asleep?",
                  days("nights")),
              new Question(
                  "q3",
                  null,
                  "In the past 30 days, how many days have you felt depressed, anxious, angry or"
                      + " very upset throughout most of the day?",
                  days("days")),
              new Question("q4", null, PAST_30_DAYS + "drink ANY alcohol?", days("days")),
              new Question(
                  "q5",
                  null,
                  PAST_30_DAYS
                      + "have at least 5 drinks (if you are a man) or at least 4 drinks (if you are"
                      + " a woman)? One drink is a 12-ounce beer, a 5-ounce glass of wine or a"
                      + " 1.5-ounce shot of liquor.",
                  days("days")),
              new Question(
                  "q6",
                  null,
                  PAST_30_DAYS
                      + "use any illegal or street drugs or misuse any prescription medications?",
                  days("days")),
              drug("q7a", "marijuana (cannabis, pot, weed)"),
              drug("q7b", "sedatives or tranquilizers (for example benzos, Valium, Xanax, Ambien)"),
              drug("q7c", "cocaine or crack"),
              drug(
                  "q7d",
                  "other stimulants (for example amphetamine, methamphetamine, Adderall, speed)"),
              drug(
                  "q7e",
                  "opioids (for example heroin, fentanyl, oxycodone, morphine, codeine, Percocet)"),
              drug("q7f", "inhalants (for example glue, paint thinner, nail polish remover)"),
              drug(
                  "q7g",
                  "other drugs (for example steroids, sleep or diet pills, over-the-counter or"
                      + " unknown medications)"),
              new Question(
                  "q8",
                  null,
                  "In the past 30 days, how much were you bothered by cravings or urges to drink"
                      + " alcohol or use drugs?",
                  HOW_MUCH),
              new Question(
                  "q9",
                  null,
                  "How confident are you in your ability to be completely abstinent (clean) from"
                      + " alcohol and drugs in the next 30 days?",
                  HOW_MUCH),
              new Question(
                  "q10",
                  null,
                  PAST_30_DAYS
                      + "attend self-help meetings like AA or NA to support your recovery?",
                  days("days")),
              new Question(
                  "q11",
                  null,
                  "In the past 30 days, how many days were you in any situations or with any"
                      + " people that might put you at an increased risk for using alcohol or"
                      + " drugs (around risky \"people, places or things\")?",
                  days("days")),
              new Question(
                  "q12",
                  null,
                  "Does your religion or spirituality help support your recovery?",
                  HOW_MUCH),
              new Question(
                  "q13",
                  null,
                  "In the past 30 days, how many days did you spend much of the time at work,"
                      + " school, or doing volunteer work?",
                  days("days")),
              new Question(
                  "q14",
                  null,
                  "Do you have enough income (from legal sources) to pay for necessities such as"
                      + " housing, transportation, food and clothing for yourself and your"
                      + " dependents?",
                  List.of(new AnswerOption(0, "No"), new AnswerOption(4, "Yes"))),
              new Question(
                  "q15",
                  null,
                  "In the past 30 days, how much have you been bothered by arguments or problems"
                      + " getting along with any family members or friends?",
                  HOW_MUCH),
              new Question(
                  "q16",
                  null,
                  "In the past 30 days, how many days did you contact or spend time with any"
                      + " family members or friends who are supportive of your recovery?",
                  days("days")),
              new Question(
                  "q17",
                  null,
                  "How satisfied are you with your progress toward achieving your recovery goals?",
                  HOW_MUCH)),
          new Scale(
              "use",
              "Use",
              List.of("q4", "q5", "q6"),
              List.of(new ScoreBand(0, 0, "No use"), new ScoreBand(1, 12, "Any use"))),
          List.of(
              new Scale(
                  "risk",
                  "Risk factors",
                  List.of("q1", "q2", "q3", "q8", "q11", "q15"),
                  List.of(
                      new ScoreBand(0, 11, "Below 12"),
                      new ScoreBand(12, 24, "12 or more (attention)"))),
              new Scale(
                  "protective",
                  "Protective factors",
                  List.of("q9", "q10", "q12", "q13", "q14", "q16"),
                  List.of(
                      new ScoreBand(0, 12, "12 or below (attention)"),
                      new ScoreBand(13, 24, "Above 12")))),
          null,
          "Brief Addiction Monitor, U.S. Department of Veterans Affairs; Cacciola et al. (2013),"
              + " Journal of Substance Abuse Treatment 44:256-263. A work of the U.S. government,"
              + " free to use.");

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

  /** A count of days (or nights) in the past 30 in the BAM's five ranges, scored 0 to 4. */
  private static List<AnswerOption> days(String unit) {
    return options("0 " + unit, "1–3 " + unit, "4–8 " + unit, "9–15 " + unit, "16–30 " + unit);
  }

  /** One of the BAM's items 7A–7G, asked when item 6 counted any day of drug use. */
  private static Question drug(String linkId, String drug) {
    return new Question(linkId, null, PAST_30_DAYS + "use " + drug + "?", days("days"), "q6");
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
