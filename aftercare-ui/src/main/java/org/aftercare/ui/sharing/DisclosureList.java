package org.aftercare.ui.sharing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.UUID;
import org.aftercare.sharing.Disclosure;
import org.aftercare.sharing.Disclosures;
import org.aftercare.ui.components.Labels;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.components.SessionTimes;

/**
 * Who received a client's information, what and when (the accounting of disclosures), newest first,
 * paged from the database. One column of short lines, so that it reads on a phone.
 */
class DisclosureList extends Grid<Disclosure> {

  DisclosureList(UUID clientId, Disclosures disclosures, ZoneId zone) {
    super(Disclosure.class, false);
    setId("disclosures");
    addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
    addComponentColumn(disclosure -> describe(disclosure, zone))
        .setHeader(getTranslation("sharing.disclosures.column.sentToWhat"));
    setItems(
        query -> disclosures.of(clientId, query.getOffset(), query.getLimit()).stream(),
        query -> (int) disclosures.count(clientId));
    setHeight("24rem");
  }

  private static Component describe(Disclosure disclosure, ZoneId zone) {
    var recipient = new Span(disclosure.getRecipientName());
    recipient.addClassName("aftercare-session-time");
    var row =
        new Div(
            recipient,
            new Span(Labels.of(disclosure.getSharedData(), disclosure.getSharedData().label())),
            new Span(
                PortalTranslations.text(
                    "sharing.disclosures.covering",
                    SessionTimes.period(disclosure.getPeriodFrom(), disclosure.getPeriodTo()))),
            new Span(
                PortalTranslations.text(
                    "sharing.disclosures.sent",
                    SessionTimes.at(disclosure.getDisclosedAt(), zone))));
    row.addClassName("aftercare-disclosure");
    return row;
  }
}
