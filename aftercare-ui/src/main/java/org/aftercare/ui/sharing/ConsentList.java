package org.aftercare.ui.sharing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftercare.sharing.Consent;
import org.aftercare.sharing.ConsentPurpose;
import org.aftercare.sharing.Consents;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/**
 * A client's consents, newest first, revoked ones included as the record of what was allowed when;
 * each one not yet revoked can be revoked, after a confirmation that says what stops.
 */
class ConsentList extends VerticalLayout {

  private final Consents consents;
  private final ZoneId zone;
  private final Runnable onRevoked;

  /**
   * @param recipients the names of the client's care team by id; a consent naming someone removed
   *     since still shows, as a former member
   */
  ConsentList(
      List<Consent> list,
      Map<UUID, String> recipients,
      Consents consents,
      ZoneId zone,
      String emptyText,
      Runnable onRevoked) {
    this.consents = consents;
    this.zone = zone;
    this.onRevoked = onRevoked;
    setPadding(false);
    setId("consents");
    if (list.isEmpty()) {
      var empty = new Paragraph(emptyText);
      empty.addClassName("aftercare-empty-state");
      add(empty);
      return;
    }
    LocalDate today = LocalDate.now(zone);
    list.forEach(consent -> add(card(consent, recipientOf(consent, recipients), today)));
  }

  private static String recipientOf(Consent consent, Map<UUID, String> recipients) {
    if (consent.getRecipientId() == null) {
      return consent.getDesignation();
    }
    return recipients.getOrDefault(
        consent.getRecipientId(), PortalTranslations.text("sharing.consents.formerMember"));
  }

  private Component card(Consent consent, String recipient, LocalDate today) {
    var card = new Div();
    card.addClassNames("aftercare-group-card", "aftercare-consent");
    card.getElement().setAttribute("data-recipient", recipient);
    var who = new Span(recipient);
    who.addClassName("aftercare-session-time");
    var heading = new Div(who, status(consent, today));
    heading.addClassName("aftercare-consent-heading");
    card.add(heading);
    card.add(
        line(Labels.of(consent.getSharedData(), consent.getSharedData().label())),
        line(
            consent.getPurpose() == ConsentPurpose.TREATMENT
                ? Labels.of(consent.getPurpose(), consent.getPurpose().label())
                : consent.getPurposeDetail()),
        line(
            consent.getExpiresOn() == null
                ? getTranslation(
                    "sharing.consents.fromUntilRevoked", SessionTimes.date(consent.getStartsOn()))
                : getTranslation(
                    "sharing.consents.fromUntil",
                    SessionTimes.date(consent.getStartsOn()),
                    SessionTimes.date(consent.getExpiresOn()))),
        line(givenHow(consent) + " " + SessionTimes.at(consent.getGivenAt(), zone)));
    var words = new Paragraph(consent.getSignedText());
    words.addClassName("aftercare-signed-text");
    card.add(new Details(getTranslation("sharing.consents.theWordsSigned"), words));
    if (!consent.isRevoked()) {
      var revoke =
          new Button(
              getTranslation("sharing.consents.revoke"),
              click -> confirmRevoke(consent, recipient));
      revoke.addClassName("revoke-consent");
      revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
      card.add(revoke);
    }
    return card;
  }

  private Badge status(Consent consent, LocalDate today) {
    var badge = new Badge();
    badge.addClassName("consent-status");
    if (consent.isRevoked()) {
      badge.setText(
          getTranslation(
              "sharing.consents.revokedOn", SessionTimes.date(consent.getRevokedAt(), zone)));
      badge.addThemeVariants(BadgeVariant.ERROR);
    } else if (consent.isInForce(today)) {
      badge.setText(getTranslation("sharing.consents.badge"));
      badge.addThemeVariants(BadgeVariant.SUCCESS);
    } else if (consent.getStartsOn().isAfter(today)) {
      badge.setText(
          getTranslation("sharing.consents.starts", SessionTimes.date(consent.getStartsOn())));
    } else {
      badge.setText(getTranslation("sharing.consents.badge.ended"));
    }
    return badge;
  }

  private String givenHow(Consent consent) {
    return getTranslation("sharing.consents.given." + consent.getGivenHow().name());
  }

  private static Span line(String text) {
    var line = new Span(text);
    line.addClassName("aftercare-consent-line");
    return line;
  }

  private void confirmRevoke(Consent consent, String recipient) {
    var confirm =
        Confirmation.destructive(
            getTranslation("sharing.consents.confirm"),
            getTranslation("sharing.consents.revokeDialog.text", recipient),
            getTranslation("sharing.consents.revoke"),
            () -> {
              consents.revoke(consent.getId());
              Notification.show(
                  getTranslation("sharing.consents.consentRevoked"),
                  3000,
                  Notification.Position.MIDDLE);
              onRevoked.run();
            });
    confirm.setId("confirm-revoke");
    confirm.open();
  }
}
