package org.aftercare.integrations.fhir;

import static org.aftercare.integrations.testing.SummaryMessageBuilder.aSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftercare.integrations.summary.AdherenceFigure;
import org.aftercare.integrations.testing.OfflineR4Validator;
import org.aftercare.sharing.SummaryMessage;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * The bundle a care team's FHIR server receives: valid base R4, each resource labelled for 42 CFR
 * Part 2 and carrying the re-disclosure notice, only the figures the consent allows, and ids that
 * make a repeated message a no-op at the receiver.
 */
class AdherenceBundlesTest {

  @Test
  void bundleAndEveryResourceCarryThePart2SecurityLabels() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().build());

    assertThat(securityLabels(bundle.getMeta())).containsExactlyInAnyOrderElementsOf(PART_2_LABELS);
    assertThat(resources(bundle))
        .hasSize(10)
        .allSatisfy(
            resource ->
                assertThat(securityLabels(resource.getMeta()))
                    .containsExactlyInAnyOrderElementsOf(PART_2_LABELS));
  }

  @Test
  void everyResourceCarriesTheRedisclosureNoticeInItsNarrative() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().build());

    assertThat(resources(bundle))
        .allSatisfy(
            resource -> {
              DomainResource domain = (DomainResource) resource;
              assertThat(domain.getText().getStatusAsString()).isEqualTo("additional");
              assertThat(domain.getText().getDivAsString())
                  .contains("42 CFR part 2")
                  .contains("further disclosure &lt;of&gt; this information &amp; more");
            });
  }

  @Test
  void aMessageWithoutTheNoticeIsNotRendered() {
    SummaryMessage message = aSummary().build();
    SummaryMessage withoutNotice =
        new SummaryMessage(
            message.messageId(),
            message.writtenAt(),
            message.clinicId(),
            message.clinicName(),
            message.patientSystem(),
            message.patientMrn(),
            message.recipientName(),
            message.consentId(),
            message.scope(),
            message.figures(),
            message.measures(),
            " ");

    assertThatThrownBy(() -> AdherenceBundles.transaction(withoutNotice))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attendanceScopeSharesNoCheckInFigure() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().attendanceOnly().build());

    assertThat(figureCodes(bundle))
        .containsExactly(
            "sessions-scheduled",
            "sessions-attended",
            "sessions-excused",
            "sessions-missed",
            "attendance-rate",
            "longest-streak",
            "current-streak");
  }

  @Test
  void attendanceScopeSharesNoCheckInFigureEvenWhenOneIsGiven() {
    Bundle bundle =
        AdherenceBundles.transaction(aSummary().attendanceOnly().withCheckInDays(20).build());

    assertThat(figureCodes(bundle)).doesNotContain(AdherenceFigure.CHECK_IN_DAYS);
  }

  @Test
  void checkInScopeSharesTheCheckInDaysInDays() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().build());

    Quantity checkIns = figures(bundle).get(AdherenceFigure.CHECK_IN_DAYS);
    assertThat(checkIns.getValue()).isEqualByComparingTo("21");
    assertThat(checkIns.getSystem()).isEqualTo("http://unitsofmeasure.org");
    assertThat(checkIns.getCode()).isEqualTo("d");
  }

  @Test
  void figuresCarryTheirValuesAndUcumUnits() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().build());

    Map<String, Quantity> figures = figures(bundle);
    assertThat(figures.get("sessions-attended").getValue()).isEqualByComparingTo("9");
    assertThat(figures.get("sessions-attended").getCode()).isEqualTo("{sessions}");
    assertThat(figures.get("sessions-missed").getValue()).isEqualByComparingTo("3");
    assertThat(figures.get("attendance-rate").getValue()).isEqualTo(new BigDecimal("75.0"));
    assertThat(figures.get("attendance-rate").getCode()).isEqualTo("%");
    assertThat(figures.get("longest-streak").getCode()).isEqualTo("{sessions}");
    MeasureReport report = only(bundle, MeasureReport.class);
    assertThat(report.getGroupFirstRep().getMeasureScore().getValue())
        .isEqualTo(new BigDecimal("75.0"));
    assertThat(report.getEvaluatedResource()).hasSize(figures.size());
  }

  @Test
  void withoutAnAttendanceRateThereIsNoScoreAndNoRateFigure() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().withoutAttendanceRate().build());

    assertThat(figureCodes(bundle)).doesNotContain("attendance-rate");
    assertThat(only(bundle, MeasureReport.class).hasGroup()).isFalse();
  }

  @Test
  void theClientIsNamedOnlyByTheRecipientsRecordNumber() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().build());

    MeasureReport report = only(bundle, MeasureReport.class);
    Reference subject = report.getSubject();
    assertThat(subject.hasReference()).isFalse();
    assertThat(subject.hasDisplay()).isFalse();
    assertThat(subject.getIdentifier().getSystem()).isEqualTo("https://ehr.example.org/mrn");
    assertThat(subject.getIdentifier().getValue()).isEqualTo("MRN-00417");
    assertThat(observations(bundle))
        .allSatisfy(o -> assertThat(o.getSubject().equalsDeep(subject)).isTrue());
  }

  @Test
  void aBlankPatientSystemLeavesTheIdentifierWithoutSystem() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().withPatient(" ", "4711").build());

    Reference subject = only(bundle, MeasureReport.class).getSubject();
    assertThat(subject.getIdentifier().hasSystem()).isFalse();
    assertThat(subject.getIdentifier().getValue()).isEqualTo("4711");
  }

  @Test
  void provenanceNamesTheClinicAndTheConsentAndCoversEveryOtherEntry() {
    SummaryMessage message = aSummary().build();
    Bundle bundle = AdherenceBundles.transaction(message);

    Provenance provenance = only(bundle, Provenance.class);
    List<String> otherFullUrls =
        bundle.getEntry().stream()
            .filter(e -> !(e.getResource() instanceof Provenance))
            .map(BundleEntryComponent::getFullUrl)
            .toList();
    assertThat(provenance.getTarget()).extracting(Reference::getReference).isEqualTo(otherFullUrls);
    assertThat(provenance.getPolicy().get(0).getValue())
        .isEqualTo("urn:uuid:" + message.consentId());
    assertThat(provenance.getAgentFirstRep().getWho().getDisplay()).isEqualTo(message.clinicName());
    assertThat(provenance.getAgentFirstRep().getWho().getIdentifier().getValue())
        .isEqualTo("urn:uuid:" + message.clinicId());
    assertThat(provenance.getRecorded()).isEqualTo(Date.from(message.writtenAt()));
  }

  @Test
  void everyEntryIsAConditionalCreateOnAnIdentifierItCarries() {
    Bundle bundle = AdherenceBundles.transaction(aSummary().build());

    assertThat(bundle.getEntry())
        .allSatisfy(
            entry -> {
              assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
              assertThat(entry.getRequest().getMethod()).isEqualTo(HTTPVerb.POST);
              assertThat(entry.getRequest().getUrl()).isEqualTo(entry.getResource().fhirType());
              assertThat(entry.getRequest().getIfNoneExist()).isEqualTo(searchKey(entry));
            });
    assertThat(bundle.getEntry())
        .extracting(e -> e.getRequest().getIfNoneExist())
        .doesNotHaveDuplicates();
  }

  @Test
  void theSameMessageGetsTheSameIdentifiersAndADifferentOneOthers() {
    SummaryMessage message = aSummary().build();

    Bundle first = AdherenceBundles.transaction(message);
    Bundle again = AdherenceBundles.transaction(message);
    Bundle other = AdherenceBundles.transaction(aSummary().withNewMessageId().build());

    assertThat(first.getIdentifier().getValue()).isEqualTo("urn:uuid:" + message.messageId());
    assertThat(keys(again)).isEqualTo(keys(first));
    assertThat(keys(other)).doesNotContainAnyElementsOf(keys(first));
    assertThat(AdherenceBundles.json(message)).isEqualTo(AdherenceBundles.json(message));
  }

  @Test
  void theBundleValidatesAgainstBaseR4() {
    OfflineR4Validator.assertValid(AdherenceBundles.transaction(aSummary().build()));
    OfflineR4Validator.assertValid(
        AdherenceBundles.transaction(aSummary().attendanceOnly().build()));
    OfflineR4Validator.assertValid(
        AdherenceBundles.transaction(aSummary().withoutAttendanceRate().build()));
  }

  @Test
  void everyResourceValidatesAgainstBaseR4OnItsOwn() {
    resources(AdherenceBundles.transaction(aSummary().build()))
        .forEach(OfflineR4Validator::assertValid);
  }

  @Test
  void theJsonParsesBackToTheSameBundle() {
    SummaryMessage message = aSummary().build();

    Bundle parsed =
        AdherenceBundles.fhirContext()
            .newJsonParser()
            .parseResource(Bundle.class, AdherenceBundles.json(message));

    assertThat(parsed.getEntry()).hasSize(10);
    assertThat(keys(parsed)).isEqualTo(keys(AdherenceBundles.transaction(message)));
  }

  @Test
  void theValidatorReportsAnErrorInABrokenResource() {
    Observation withoutStatus =
        observations(AdherenceBundles.transaction(aSummary().build())).get(0);
    withoutStatus.setStatus(null);

    assertThat(OfflineR4Validator.errors(withoutStatus)).isNotEmpty();
  }

  private static final List<String> PART_2_LABELS =
      List.of(
          "http://terminology.hl7.org/CodeSystem/v3-Confidentiality|R",
          "http://terminology.hl7.org/CodeSystem/v3-ActCode|ETH",
          "http://terminology.hl7.org/CodeSystem/v3-ActCode|42CFRPart2",
          "http://terminology.hl7.org/CodeSystem/v3-ActCode|NORDSCLCD");

  private static List<String> securityLabels(Meta meta) {
    return meta.getSecurity().stream().map(c -> c.getSystem() + "|" + c.getCode()).toList();
  }

  private static List<Resource> resources(Bundle bundle) {
    return bundle.getEntry().stream().map(BundleEntryComponent::getResource).toList();
  }

  private static List<Observation> observations(Bundle bundle) {
    return resources(bundle).stream()
        .filter(Observation.class::isInstance)
        .map(Observation.class::cast)
        .toList();
  }

  private static List<String> figureCodes(Bundle bundle) {
    return observations(bundle).stream()
        .map(o -> o.getCode().getCodingFirstRep().getCode())
        .toList();
  }

  private static Map<String, Quantity> figures(Bundle bundle) {
    return observations(bundle).stream()
        .collect(
            Collectors.toMap(
                o -> o.getCode().getCodingFirstRep().getCode(), Observation::getValueQuantity));
  }

  private static <T extends Resource> T only(Bundle bundle, Class<T> type) {
    List<T> matching = resources(bundle).stream().filter(type::isInstance).map(type::cast).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  /** The search the entry's conditional create uses, built from what the resource carries. */
  private static String searchKey(BundleEntryComponent entry) {
    Resource resource = entry.getResource();
    if (resource instanceof Provenance) {
      Coding tag = resource.getMeta().getTagFirstRep();
      assertThat(tag.getSystem()).isEqualTo(AdherenceBundles.MESSAGE_TAG_SYSTEM);
      return "_tag=" + tag.getSystem() + "|" + tag.getCode();
    }
    var identifier =
        resource instanceof MeasureReport report
            ? report.getIdentifierFirstRep()
            : ((Observation) resource).getIdentifierFirstRep();
    assertThat(entry.getFullUrl()).isEqualTo(identifier.getValue());
    return "identifier=" + identifier.getSystem() + "|" + identifier.getValue();
  }

  private static List<String> keys(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(e -> e.getFullUrl() + " " + e.getRequest().getIfNoneExist())
        .collect(Collectors.toList());
  }
}
