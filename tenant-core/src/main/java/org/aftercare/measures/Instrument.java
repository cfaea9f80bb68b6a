package org.aftercare.measures;

/** The standard measures a clinician can assign; each names its questionnaire. */
public enum Instrument {
  /**
   * 5 points of the total is the minimal clinically important difference (Löwe et al., Med Care
   * 2004;42:1194–1201; Kroenke, Spitzer &amp; Williams, J Gen Intern Med 2001;16:606–613).
   */
  PHQ_9(StandardQuestionnaires.PHQ_9, 5),
  /**
   * 4 points (Toussaint et al., J Affect Disord 2020;265:395–401, MCID 4; Kroenke et al., Ann
   * Intern Med 2007;146:317–325 on the scale).
   */
  GAD_7(StandardQuestionnaires.GAD_7, 4),
  PHQ_2(StandardQuestionnaires.PHQ_2, null),
  AUDIT_C(StandardQuestionnaires.AUDIT_C, null),
  BAM(StandardQuestionnaires.BAM, null),
  BARC_10(StandardQuestionnaires.BARC_10, null);

  private final Questionnaire questionnaire;
  private final Integer meaningfulChange;

  Instrument(Questionnaire questionnaire, Integer meaningfulChange) {
    this.questionnaire = questionnaire;
    this.meaningfulChange = meaningfulChange;
  }

  /**
   * The change of the total that matters clinically, either way: the outcomes count an improvement
   * by it, the flags a worsening. Null where no published figure is used (DOMAIN.md gives none for
   * any instrument).
   */
  public Integer meaningfulChange() {
    return meaningfulChange;
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The short name clinicians use ("PHQ-9"). */
  public String label() {
    return questionnaire.name();
  }
}
