package org.aftercare.ui.components;

import com.vaadin.flow.component.combobox.ComboBox;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientSearch;
import org.aftercare.clients.ClientService;

/** Finds one of the clinic's clients by typing part of a name, paged from the database. */
public class ClientPicker extends ComboBox<Client> {

  public ClientPicker(ClientService clients, String label) {
    super(label);
    setPlaceholder(getTranslation("components.clientPicker.placeholder"));
    setItemLabelGenerator(c -> c.getDisplayName() + " (" + c.getLegalName() + ")");
    setItems(
        query ->
            clients
                .search(
                    new ClientSearch(
                        query.getFilter().orElse(""),
                        ClientSearch.SortBy.DISPLAY_NAME,
                        true,
                        query.getOffset(),
                        query.getLimit()))
                .stream());
  }
}
