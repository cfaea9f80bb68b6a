package org.aftercare.ui.clients;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;

/**
 * The client form in a dialog, for adding from the list and editing from the record. On a failed
 * save the dialog stays open with everything typed, and the error handler says why.
 */
public class ClientDialog extends Dialog {

  public ClientDialog(
      ClientService clients, ZoneId clinicZone, Client client, Consumer<Client> onSaved) {
    setHeaderTitle(getTranslation(client.isNew() ? "clients.dialog.add" : "clients.dialog.edit"));
    setWidth("min(44rem, 100vw)");
    var form = new ClientForm(clinicZone);
    form.edit(client);
    form.addCancelListener(cancel -> close());
    form.addSaveListener(
        save -> {
          Client saved =
              client.isNew() ? clients.add(save.client()) : clients.update(save.client());
          close();
          var notice =
              Notification.show(
                  getTranslation("clients.dialog.saved", saved.getDisplayName()),
                  3000,
                  Notification.Position.BOTTOM_START);
          notice.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
          onSaved.accept(saved);
        });
    add(form);
  }
}
