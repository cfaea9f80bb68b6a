package org.aftercare.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.aftercare.calendar.CalendarFeeds;

/**
 * A person's subscription link for their calendar app. The link is secret and shown only when made;
 * making a new one or turning it off kills the old one at once.
 */
public class CalendarFeedCard extends VerticalLayout {

  private static final DateTimeFormatter MADE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

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
    add(new H2("Calendar subscription"));
    var created = feeds.feedCreatedAt(accountId);
    if (freshUrl != null) {
      var url = new TextField("Your calendar link");
      url.setId("calendar-feed-url");
      url.setValue(freshUrl);
      url.setReadOnly(true);
      url.setWidthFull();
      url.setHelperText(
          "Copy it into your calendar app (\"subscribe\" or \"add by URL\"). It is shown only now;"
              + " anyone with it can see your session times.");
      add(url);
    } else if (created.isPresent()) {
      add(
          new Paragraph(
              "Your link made on "
                  + MADE.format(created.get().atZone(zone))
                  + " is active. Make a new one if you lost it; the old one stops working."));
    } else {
      add(new Paragraph("Subscribe in your phone's calendar to see your sessions there."));
    }
    var make =
        new Button(
            created.isPresent() ? "Make a new link" : "Make a calendar link",
            click -> render(feeds.renew(accountId)));
    make.setId("calendar-feed-renew");
    var actions = new HorizontalLayout(make);
    if (created.isPresent()) {
      var off = new Button("Turn off", click -> confirmTurnOff());
      off.setId("calendar-feed-revoke");
      off.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      actions.add(off);
    }
    add(actions);
  }

  private void confirmTurnOff() {
    var confirm =
        new ConfirmDialog(
            "Turn off your calendar link?",
            "Calendars subscribed to it stop getting your sessions.",
            "Turn off",
            event -> {
              feeds.revoke(accountId);
              render(null);
            });
    confirm.setCancelable(true);
    confirm.setConfirmButtonTheme("error primary");
    confirm.open();
  }
}
