package org.aftercare.measures;

/** The standard measures a clinician can assign; each names its questionnaire. */
public enum Instrument {
  PHQ_9(StandardQuestionnaires.PHQ_9),
  GAD_7(StandardQuestionnaires.GAD_7),
  PHQ_2(StandardQuestionnaires.PHQ_2),
  AUDIT_C(StandardQuestionnaires.AUDIT_C),
  BAM(StandardQuestionnaires.BAM),
  BARC_10(StandardQuestionnaires.BARC_10);

  private final Questionnaire questionnaire;

  Instrument(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The short name clinicians use ("PHQ-9"). */
  public String label() {
    return questionnaire.name();
  }
}
