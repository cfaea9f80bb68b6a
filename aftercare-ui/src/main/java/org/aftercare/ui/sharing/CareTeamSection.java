package org.aftercare.ui.sharing;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftercare.apiclients.ApiClients;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.sharing.Cadence;
import org.aftercare.sharing.CareTeamRecipient;
import org.aftercare.sharing.CareTeams;
import org.aftercare.sharing.Consents;
import org.aftercare.sharing.Disclosures;
import org.aftercare.sharing.RecipientDetails;
import org.aftercare.sharing.SummaryOutbox;
import org.aftercare.ui.components.Confirmation;
import org.aftercare.ui.components.CsvDownload;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.components.SessionTimes;
import org.aftercare.ui.security.CurrentClinic;

/**
 * The care team on a client's record, for the clinician: who receives summaries, on which
 * connection and when, with a summary sent now on request, or whose EHR fetches them through the
 * FHIR API; the client's consents, a paper one recorded, any revoked; and the accounting of
 * disclosures as a CSV file.
 */
@CdiComponent
public class CareTeamSection extends VerticalLayout {

  private final CareTeams careTeams;
  private final ApiClients apiClients;
  private final Consents consents;
  private final SummaryOutbox outbox;
  private final Disclosures disclosures;
  private final ZoneId zone;
  private UUID clientId;

  @Inject
  public CareTeamSection(
      CareTeams careTeams,
      ApiClients apiClients,
      Consents consents,
      SummaryOutbox outbox,
      Disclosures disclosures,
      CurrentClinic clinic) {
    this.careTeams = careTeams;
    this.apiClients = apiClients;
    this.consents = consents;
    this.outbox = outbox;
    this.disclosures = disclosures;
    this.zone = clinic.zone();
    setPadding(false);
    setId("client-care-team");
  }

  /** Shows this client's care team; returns the section for adding to the record. */
  public CareTeamSection of(UUID clientId) {
    this.clientId = clientId;
    render();
    return this;
  }

  private void render() {
    removeAll();
    List<CareTeamRecipient> careTeam = careTeams.recipientsOf(clientId);
    List<SummaryChannel> channels = channels();
    var add =
        new Button(
            getTranslation("sharing.careTeam.add"),
            VaadinIcon.PLUS.create(),
            click -> edit(null, channels));
    add.setId("add-recipient");
    add(
        heading(new H2(getTranslation("sharing.careTeam.careTeam")), add),
        createRecipients(careTeam, channels));

    var paper =
        new Button(
            getTranslation("sharing.careTeam.paper"),
            VaadinIcon.FILE_TEXT_O.create(),
            click -> recordPaper());
    paper.setId("record-paper-consent");
    Map<UUID, String> names =
        careTeam.stream()
            .collect(Collectors.toMap(CareTeamRecipient::getId, CareTeamRecipient::getName));
    add(
        heading(new H3(getTranslation("sharing.careTeam.consents")), paper),
        new ConsentList(
            consents.of(clientId),
            names,
            consents,
            zone,
            getTranslation("sharing.careTeam.noConsent"),
            this::render));
    add(
        new CsvDownload("disclosures", zone, csv -> disclosures.exportCsv(clientId, zone, csv))
            .asButton(
                "export-disclosures",
                getTranslation("sharing.careTeam.export"),
                getTranslation("sharing.careTeam.export.title")));
  }

  private static HorizontalLayout heading(Component title, Button action) {
    var heading = new HorizontalLayout(title, action);
    heading.setWidthFull();
    heading.expand(title);
    heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    return heading;
  }

  /** The clinic's connections, then the API clients a clinician may name. */
  private List<SummaryChannel> channels() {
    return Stream.concat(
            careTeams.endpoints().stream().map(SummaryChannel::sentOn),
            apiClients.enabled().stream().map(SummaryChannel::fetchedBy))
        .toList();
  }

  private Grid<CareTeamRecipient> createRecipients(
      List<CareTeamRecipient> careTeam, List<SummaryChannel> channels) {
    var grid = new Grid<CareTeamRecipient>();
    grid.setId("care-team");
    grid.setAllRowsVisible(true);
    // The connection column takes what the others leave, wrapping an API client's long label,
    // so that the row's actions stay in view.
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(CareTeamRecipient::getName)
        .setHeader(getTranslation("sharing.careTeam.column.name"))
        .setAutoWidth(true);
    grid.addColumn(r -> channelOf(r, channels))
        .setHeader(getTranslation("sharing.careTeam.column.connection"))
        .setFlexGrow(1);
    grid.addColumn(CareTeamRecipient::getPatientMrn)
        .setHeader(getTranslation("sharing.careTeam.column.mrn"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> r.pulls() ? "—" : cadenceOf(r.details()))
        .setHeader(getTranslation("sharing.careTeam.column.summaries"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(r -> r.getNextSendAt() == null ? "—" : SessionTimes.at(r.getNextSendAt(), zone))
        .setHeader(getTranslation("sharing.careTeam.column.nextSummary"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(r -> actions(r, channels)).setAutoWidth(true).setFlexGrow(0);
    grid.setItems(careTeam);
    grid.setEmptyStateText(getTranslation("sharing.careTeam.grid.empty"));
    return grid;
  }

  private static String channelOf(CareTeamRecipient recipient, List<SummaryChannel> channels) {
    return channels.stream()
        .filter(channel -> channel.reaches(recipient.details()))
        .findFirst()
        .map(SummaryChannel::label)
        .orElseGet(
            () ->
                PortalTranslations.text(
                    recipient.pulls()
                        ? "sharing.careTeam.channel.apiClientGone"
                        : "sharing.careTeam.channel.retired"));
  }

  private static String cadenceOf(RecipientDetails details) {
    return switch (details.cadence()) {
      case WEEKLY ->
          PortalTranslations.text(
              "sharing.careTeam.cadence.weekly",
              details.day().getDisplayName(TextStyle.FULL, PortalTranslations.current()),
              String.valueOf(details.time()));
      case MONTHLY ->
          PortalTranslations.text(
              "sharing.careTeam.cadence.monthly", String.valueOf(details.time()));
      case ON_REQUEST -> Labels.of(Cadence.ON_REQUEST, Cadence.ON_REQUEST.label());
    };
  }

  private HorizontalLayout actions(CareTeamRecipient recipient, List<SummaryChannel> channels) {
    var edit =
        new RowAction(getTranslation("sharing.careTeam.edit"), () -> edit(recipient, channels));
    edit.addClassName("edit-recipient");
    var remove =
        new RowAction(getTranslation("sharing.careTeam.remove"), () -> confirmRemove(recipient));
    remove.addClassName("remove-recipient");
    remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
    var actions = new HorizontalLayout(edit, remove);
    if (!recipient.pulls()) {
      var send =
          new RowAction(
              getTranslation("sharing.careTeam.send"),
              () -> new SendSummaryDialog(outbox, recipient, zone).open());
      send.addClassName("send-summary");
      actions.addComponentAsFirst(send);
    }
    actions.addClassName("care-team-actions");
    actions.getElement().setAttribute("data-recipient", recipient.getName());
    return actions;
  }

  private void edit(CareTeamRecipient recipient, List<SummaryChannel> channels) {
    new RecipientDialog(
            careTeams,
            channels,
            clientId,
            recipient,
            saved -> {
              Notification.show(
                      getTranslation("sharing.saved", saved.getName()),
                      3000,
                      Notification.Position.BOTTOM_START)
                  .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
              render();
            })
        .open();
  }

  private void confirmRemove(CareTeamRecipient recipient) {
    Confirmation.destructive(
            getTranslation("sharing.careTeam.removeDialog.title", recipient.getName()),
            getTranslation("sharing.careTeam.removeDialog.text"),
            getTranslation("sharing.careTeam.remove"),
            () -> {
              careTeams.removeRecipient(recipient.getId());
              Notification.show(
                  getTranslation("sharing.careTeam.removed", recipient.getName()),
                  3000,
                  Notification.Position.BOTTOM_START);
              render();
            })
        .open();
  }

  private void recordPaper() {
    var dialog = new Dialog(getTranslation("sharing.careTeam.dialog"));
    dialog.setWidth("min(40rem, 100vw)");
    var form =
        new ConsentForm(
            clientId, careTeams.recipientsOf(clientId), consents, zone, ConsentForm.Signer.PAPER);
    form.addSignListener(
        sign -> {
          try {
            consents.recordPaper(clientId, sign.request());
            dialog.close();
            Notification.show(
                    getTranslation("sharing.careTeam.paperConsentRecorded"),
                    3000,
                    Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
          } catch (InvalidInputException invalid) {
            form.showError(invalid);
          }
        });
    dialog.add(form);
    dialog
        .getFooter()
        .add(new Button(getTranslation("sharing.careTeam.cancel"), click -> dialog.close()));
    dialog.open();
  }
}
