package org.aftercare.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.UUID;
import org.aftercare.calendar.CalendarFeeds;

/**
 * A person's subscription link for their calendar app. The link is secret and shown only when made;
 * making a new one or turning it off kills the old one at once.
 */
public class CalendarFeedCard extends VerticalLayout {

  private final CalendarFeeds feeds;
  private final UUID accountId;
  private final ZoneId zone;

  public CalendarFeedCard(CalendarFeeds feeds, UUID accountId, ZoneId zone) {
    this.feeds = feeds;
    this.accountId = accountId;
    this.zone = zone;
    setPadding(false);
    setId("calendar-feed");
    render(null);
  }

  private void render(String freshUrl) {
    removeAll();
    add(new H2(getTranslation("calendar.title")));
    var created = feeds.feedCreatedAt(accountId);
    if (freshUrl != null) {
      var url = new TextField(getTranslation("calendar.link"));
      url.setId("calendar-feed-url");
      url.setValue(freshUrl);
      url.setReadOnly(true);
      url.setWidthFull();
      url.setHelperText(getTranslation("calendar.link.hint"));
      add(url);
    } else if (created.isPresent()) {
      var made = SessionTimes.date(created.get(), zone);
      add(new Paragraph(getTranslation("calendar.active", made)));
    } else {
      add(new Paragraph(getTranslation("calendar.none")));
    }
    var make =
        new Button(
            getTranslation(created.isPresent() ? "calendar.renew" : "calendar.make"),
            click -> render(feeds.renew(accountId)));
    make.setId("calendar-feed-renew");
    var actions = new HorizontalLayout(make);
    if (created.isPresent()) {
      var off = new Button(getTranslation("calendar.off"), click -> confirmTurnOff());
      off.setId("calendar-feed-revoke");
      off.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      actions.add(off);
    }
    add(actions);
  }

  private void confirmTurnOff() {
    Confirmation.destructive(
            getTranslation("calendar.off.title"),
            getTranslation("calendar.off.text"),
            getTranslation("calendar.off"),
            () -> {
              feeds.revoke(accountId);
              render(null);
            })
        .open();
  }
}
