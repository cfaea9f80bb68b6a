package org.aftercare.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.aftercare.access.Requires;
import org.aftercare.clinics.ClinicRegistered;
import org.aftercare.groups.Modality;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The two worksheets every clinic starts with, as SMART Recovery and CBT groups use them: the
 * cost-benefit analysis of using and of not using, and the ABC of a hard moment. The clinic edits
 * or retires them like its own.
 */
@ApplicationScoped
@TenantAware
public class WorksheetExamples {

  public static final String COST_BENEFIT = "Cost-benefit analysis";
  public static final String ABC = "ABC: from a hard moment to a new belief";

  static final ResourceDetails COST_BENEFIT_ANALYSIS =
      new ResourceDetails(
          ResourceKind.WORKSHEET,
          COST_BENEFIT,
          "Weigh what using gives and costs you against what not using gives and costs you,"
              + " now and later.",
          null,
          null,
          Set.of(Modality.SMART_RECOVERY),
          List.of("motivation", "cravings"),
          true,
          List.of(
              WorksheetField.longText(
                  "Benefits of using", "What did using or doing it give you? Be honest."),
              WorksheetField.longText(
                  "Costs of using", "What has it cost you: now, and in the long run?"),
              WorksheetField.longText(
                  "Benefits of not using", "What do you gain by stopping, or have gained already?"),
              WorksheetField.longText(
                  "Costs of not using", "What is hard about stopping? What do you miss?")));

  static final ResourceDetails ABC_WORKSHEET =
      new ResourceDetails(
          ResourceKind.WORKSHEET,
          ABC,
          "Take a moment that upset you apart, and find a belief that serves you better.",
          null,
          null,
          Set.of(Modality.SMART_RECOVERY),
          List.of("thoughts", "emotions"),
          true,
          List.of(
              WorksheetField.longText("Activating event", "What happened? Just the facts."),
              WorksheetField.longText("Beliefs", "What did you tell yourself about it?"),
              WorksheetField.longText(
                  "Consequences", "How did you feel, and what did you do or want to do?"),
              WorksheetField.longText(
                  "Disputing", "Is that belief true? Helpful? What would you tell a friend?"),
              WorksheetField.longText(
                  "Effective new belief", "What can you tell yourself instead next time?")));

  @Inject Library library;

  /** Adds both examples to the clinic the caller entered; for a clinic being set up. */
  @Transactional
  @Requires({})
  public void seed() {
    library.add(COST_BENEFIT_ANALYSIS, null);
    library.add(ABC_WORKSHEET, null);
  }

  /** A clinic just registered starts with both examples, in a transaction of its own. */
  @Transactional
  void onRegistered(@Observes ClinicRegistered registered) {
    seed();
  }
}
