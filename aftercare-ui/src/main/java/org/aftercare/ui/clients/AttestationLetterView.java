package org.aftercare.ui.clients;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consent;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.Disclosures;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RouteId;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * A printable letter attesting a client's attendance over a period, as courts and employers ask
 * for: the dates and the kind of group only — never the group's name, its other members or anything
 * said, since a screenshot of a video call would break everyone else's anonymity. A letter leaves
 * the clinic, so it is a disclosure (42 CFR Part 2): it is addressed to the recipient a consent in
 * force names, carries the notice against re-disclosure, and printing it records the disclosure.
 */
@CdiComponent
@Route(value = "clients/:clientId/attestation", autoLayout = false)
@RolesAllowed(Role.Names.CLINICIAN)
public class AttestationLetterView extends VerticalLayout
    implements BeforeEnterObserver, HasDynamicTitle {

  private static final RouteId CLIENT_ID = new RouteId("clientId", "Client");

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final ClientService clients;
  private final AttendanceService attendance;
  private final CurrentClinic clinic;
  private final Consents consents;
  private final CareTeams careTeams;
  private final Disclosures disclosures;

  @Inject
  public AttestationLetterView(
      ClientService clients,
      AttendanceService attendance,
      CurrentClinic clinic,
      Consents consents,
      CareTeams careTeams,
      Disclosures disclosures) {
    this.clients = clients;
    this.attendance = attendance;
    this.clinic = clinic;
    this.consents = consents;
    this.careTeams = careTeams;
    this.disclosures = disclosures;
    addClassNames("aftercare-page", "aftercare-letter");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    UUID clientId = CLIENT_ID.in(event.getRouteParameters());
    LocalDate from;
    LocalDate to;
    UUID consentId;
    try {
      var query = event.getLocation().getQueryParameters();
      ZoneId zone = clinic.zone();
      to = query.getSingleParameter("to").map(LocalDate::parse).orElse(LocalDate.now(zone));
      from = query.getSingleParameter("from").map(LocalDate::parse).orElse(to.minusDays(90));
      consentId = query.getSingleParameter("consent").map(UUID::fromString).orElse(null);
    } catch (IllegalArgumentException | DateTimeException notValid) {
      throw new NotFoundException("Client");
    }
    Client client = clients.open(clientId);
    removeAll();
    Map<UUID, String> careTeam =
        careTeams.recipientsOf(clientId).stream()
            .collect(Collectors.toMap(CareTeamRecipient::getId, CareTeamRecipient::getName));
    LocalDate today = LocalDate.now(clinic.zone());
    List<Consent> inForce =
        consents.of(clientId).stream().filter(consent -> consent.isInForce(today)).toList();
    inForce.stream()
        .filter(consent -> consent.getId().equals(consentId))
        .findFirst()
        .ifPresentOrElse(
            consent -> render(client, consent, recipientOf(consent, careTeam), from, to),
            () -> chooseRecipient(client, inForce, careTeam, from, to));
  }

  /**
   * The letter's own words: English whatever the clinician reads, like the federal redisclosure
   * notice printed under it, since it goes to a court, employer or program outside the clinic.
   */
  private static String letter(String key, Object... arguments) {
    return PortalTranslations.in(PortalTranslations.ENGLISH, key, arguments);
  }

  private static String recipientOf(Consent consent, Map<UUID, String> careTeam) {
    return consent.getRecipientId() == null
        ? consent.getDesignation()
        : careTeam.getOrDefault(
            consent.getRecipientId(), letter("clients.letter.formerCareTeamMember"));
  }

  /** Who the letter is for: only someone a consent in force names. */
  private void chooseRecipient(
      Client client,
      List<Consent> inForce,
      Map<UUID, String> careTeam,
      LocalDate from,
      LocalDate to) {
    add(new H1(getTranslation("clients.letter.attendanceLetter")));
    add(new Paragraph(getTranslation("clients.letter.consentNeeded")));
    if (inForce.isEmpty()) {
      var none = new Paragraph(getTranslation("clients.letter.noConsent"));
      none.setId("no-consent-for-letter");
      add(none);
    }
    var choices = new UnorderedList();
    choices.setId("letter-consents");
    for (Consent consent : inForce) {
      String query = "?from=" + from + "&to=" + to + "&consent=" + consent.getId();
      choices.add(
          new ListItem(
              new Anchor(
                  "clients/" + client.getId() + "/attestation" + query,
                  recipientOf(consent, careTeam)
                      + " — "
                      + Labels.of(consent.getPurpose(), consent.getPurpose().label()))));
    }
    add(choices);
    add(new Anchor("clients/" + client.getId(), getTranslation("clients.letter.back")));
  }

  private void render(
      Client client, Consent consent, String recipient, LocalDate from, LocalDate to) {
    ZoneId zone = clinic.zone();
    List<Attendance> attended =
        attendance
            .historyOf(
                client.getId(),
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())
            .stream()
            .filter(a -> a.getStatus().attended())
            .sorted((a, b) -> a.getSession().getStartsAt().compareTo(b.getSession().getStartsAt()))
            .toList();
    String clinicName = clinic.tenant().map(Tenant::getName).orElse("");
    add(new Paragraph(clinicName + " · " + LONG.format(LocalDate.now(zone))));
    add(new Paragraph(letter("clients.letter.to", recipient)));
    add(new H1(letter("clients.letter.attendanceLetter")));
    var body =
        new Paragraph(
            letter(
                "clients.letter.body",
                client.getLegalName(),
                attended.size(),
                LONG.format(from),
                LONG.format(to)));
    body.setId("attestation-text");
    add(body);
    var list = new UnorderedList();
    // With nothing to list, an empty list would leave a gap under a sentence ending in a colon.
    list.setVisible(!attended.isEmpty());
    list.setId("attested-sessions");
    attended.forEach(
        a ->
            list.add(
                new ListItem(
                    letter(
                        "clients.letter.session",
                        LONG.format(a.getSession().getStartsAt().atZone(zone)),
                        a.getSession().getGroup().getModality().label()))));
    add(list);
    add(new Paragraph(letter("clients.letter.confidential")));
    add(
        new Paragraph(
            PortalSession.current().map(SignedInUser::displayName).orElse("") + ", " + clinicName));
    var notice = new Paragraph(Disclosures.redisclosureNotice());
    notice.setId("redisclosure-notice");
    add(notice);
    var print =
        new Button(
            getTranslation("clients.letter.print"),
            click -> {
              try {
                disclosures.recordLetter(consent.getId(), from, to);
                getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()"));
              } catch (InvalidInputException refused) {
                Notification.show(
                        PortalTranslations.refusal(refused), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
              }
            });
    print.setId("print-letter");
    print.addClassName("aftercare-no-print");
    add(print);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.attestationLetter");
  }
}
