package org.aftercare.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.groups.GroupFilter;
import org.aftercare.groups.GroupService;
import org.aftercare.groups.RecoveryGroup;
import org.aftercare.library.AssignmentLine;
import org.aftercare.library.Library;
import org.aftercare.library.ResourceSummary;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.ui.components.ClientPicker;
import org.aftercare.ui.components.FieldErrors;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.RowAction;
import org.aftercare.ui.components.SessionTimes;

/**
 * Assigns a resource to a group (its enrolled clients, now and later) or to one client, and lists
 * who has it, with a way to take it back.
 */
class AssignDialog extends Dialog {

  private final Library library;
  private final ResourceSummary resource;
  private final ZoneId zone;
  private final ComboBox<RecoveryGroup> group =
      new ComboBox<>(getTranslation("library.assign.group"));
  private final ClientPicker client;
  private final VerticalLayout assigned = new VerticalLayout();

  AssignDialog(
      Library library,
      GroupService groups,
      ClientService clients,
      boolean toClients,
      ResourceSummary resource,
      ZoneId zone) {
    this.library = library;
    this.zone = zone;
    this.resource = resource;
    setHeaderTitle(getTranslation("library.assign.title", resource.title()));
    setWidth("min(36rem, 100vw)");
    group.setId("assign-group");
    group.setItems(groups.list(GroupFilter.active()));
    group.setItemLabelGenerator(RecoveryGroup::getName);
    var toGroup = new Button(getTranslation("library.assign.toGroup"), click -> assignToGroup());
    toGroup.setId("assign-to-group");
    add(row(group, toGroup));
    if (toClients) {
      client = new ClientPicker(clients, getTranslation("library.assign.client"));
      client.setId("assign-client");
      var toClient =
          new Button(getTranslation("library.assign.toClient"), click -> assignToClient());
      toClient.setId("assign-to-client");
      toClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(row(client, toClient));
    } else {
      client = null;
    }
    assigned.setId("assignments");
    assigned.setPadding(false);
    add(new H3(getTranslation("library.assign.assignedTo")), assigned);
    var done = new Button(getTranslation("common.close"), click -> close());
    done.setId("assign-close");
    getFooter().add(done);
    showAssignments();
  }

  private static HorizontalLayout row(
      com.vaadin.flow.component.Component field, com.vaadin.flow.component.Component button) {
    var row = new HorizontalLayout(field, button);
    row.setWidthFull();
    row.expand(field);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private void assignToGroup() {
    if (group.isEmpty()) {
      FieldErrors.showAt(group, getTranslation("library.assign.chooseGroup"));
      return;
    }
    try {
      library.assignToGroup(resource.id(), group.getValue().getId());
    } catch (InvalidInputException invalid) {
      FieldErrors.showAt(group, PortalTranslations.refusal(invalid));
      return;
    }
    group.setInvalid(false);
    assignedNow(group.getValue().getName());
  }

  private void assignToClient() {
    Client chosen = client.getValue();
    if (chosen == null) {
      FieldErrors.showAt(client, getTranslation("library.assign.chooseClient"));
      return;
    }
    try {
      library.assignToClient(resource.id(), chosen.getId());
    } catch (InvalidInputException invalid) {
      FieldErrors.showAt(client, PortalTranslations.refusal(invalid));
      return;
    }
    client.setInvalid(false);
    assignedNow(chosen.getDisplayName());
  }

  private void assignedNow(String who) {
    Notification.show(
        getTranslation("library.assign.done", who), 3000, Notification.Position.BOTTOM_START);
    showAssignments();
  }

  private void showAssignments() {
    assigned.removeAll();
    var lines = library.assignmentsOf(resource.id());
    if (lines.isEmpty()) {
      assigned.add(new Paragraph(getTranslation("library.assign.none")));
    }
    for (AssignmentLine line : lines) {
      var text =
          new Span(
              getTranslation(
                  "library.assign.since",
                  line.assignee(),
                  SessionTimes.date(line.assignedAt(), zone)));
      var takeBack =
          new RowAction(
              getTranslation("library.assign.takeBack"),
              () -> {
                library.unassign(line.id());
                showAssignments();
              });
      var row = new HorizontalLayout(text, takeBack);
      row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      assigned.add(row);
    }
  }
}
