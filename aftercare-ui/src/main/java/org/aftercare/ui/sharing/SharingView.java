package org.aftercare.ui.sharing;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.Disclosures;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * The client's own sharing page, made for a phone: their care team, the consent they can give (and
 * read word for word before signing), their consents with Revoke, and who received their
 * information. Days and times are the clinic's, as the consent's own dates are.
 */
@CdiComponent
@Route("sharing")
@Menu(order = 7, title = "Sharing")
@RolesAllowed(Role.Names.CLIENT)
public class SharingView extends VerticalLayout implements HasDynamicTitle {

  private final CareTeams careTeams;
  private final Consents consents;
  private final Disclosures disclosures;
  private final ZoneId zone;
  private final UUID clientId;

  @Inject
  public SharingView(
      CareTeams careTeams, Consents consents, Disclosures disclosures, CurrentClinic clinic) {
    this.careTeams = careTeams;
    this.consents = consents;
    this.disclosures = disclosures;
    this.zone = clinic.zone();
    this.clientId = PortalSession.current().flatMap(SignedInUser::clientId).orElseThrow();
    addClassName("aftercare-page");
    setId("sharing");
    render();
  }

  private void render() {
    removeAll();
    List<CareTeamRecipient> careTeam = careTeams.recipientsOf(clientId);
    add(new H1(getTranslation("sharing.sharing.sharingWithMy")));
    var intro = new Paragraph(getTranslation("sharing.sharing.intro"));
    intro.addClassNames("text-secondary", "mt-0");
    add(intro);
    add(createCareTeam(careTeam), createConsentForm(careTeam), createConsents(careTeam));
    add(createDisclosures());
  }

  private VerticalLayout createCareTeam(List<CareTeamRecipient> careTeam) {
    var section = section(getTranslation("sharing.sharing.careTeam"), "my-care-team");
    if (careTeam.isEmpty()) {
      section.add(empty(getTranslation("sharing.sharing.careTeam.empty")));
      return section;
    }
    var names = new UnorderedList();
    names.setId("care-team-names");
    careTeam.forEach(member -> names.add(new ListItem(member.getName())));
    section.add(names);
    return section;
  }

  private VerticalLayout createConsentForm(List<CareTeamRecipient> careTeam) {
    var section = section(getTranslation("sharing.sharing.give"), "give-consent");
    var form = new ConsentForm(clientId, careTeam, consents, zone, ConsentForm.Signer.CLIENT);
    form.addSignListener(
        sign -> {
          try {
            consents.sign(sign.request());
            Notification.show(
                    getTranslation("sharing.sharing.consentSignedYou"),
                    4000,
                    Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
          } catch (InvalidInputException invalid) {
            form.showError(invalid);
          }
        });
    section.add(form);
    return section;
  }

  private VerticalLayout createConsents(List<CareTeamRecipient> careTeam) {
    var section = section(getTranslation("sharing.sharing.consents"), "my-consents");
    Map<UUID, String> names =
        careTeam.stream()
            .collect(Collectors.toMap(CareTeamRecipient::getId, CareTeamRecipient::getName));
    section.add(
        new ConsentList(
            consents.of(clientId),
            names,
            consents,
            zone,
            getTranslation("sharing.sharing.consents.empty"),
            this::render));
    return section;
  }

  private VerticalLayout createDisclosures() {
    var section = section(getTranslation("sharing.sharing.received"), "who-received");
    if (disclosures.count(clientId) == 0) {
      section.add(empty(getTranslation("sharing.sharing.received.empty")));
      return section;
    }
    section.add(new DisclosureList(clientId, disclosures, zone));
    return section;
  }

  private static VerticalLayout section(String title, String id) {
    var section = new VerticalLayout(new H2(title));
    section.setId(id);
    section.setPadding(false);
    return section;
  }

  private static Paragraph empty(String text) {
    var empty = new Paragraph(text);
    empty.addClassName("aftercare-empty-state");
    return empty;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.sharing");
  }
}
