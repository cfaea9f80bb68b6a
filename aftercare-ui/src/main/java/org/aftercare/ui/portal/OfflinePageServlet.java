package org.aftercare.ui.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftercare.access.Caller;
import org.aftercare.access.SignedInUser;
import org.aftercare.checkins.SupportAlerts;
import org.aftercare.languages.PreferredLanguages;
import org.aftercare.ui.components.PortalTranslations;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page the service worker ({@code offline-worker.js}) shows when a page cannot load for want of
 * a connection: the signed-in person's clinic's crisis contacts, with each phone number a link to
 * call, and always the 988 Suicide &amp; Crisis Lifeline and 911. The worker fetches it while the
 * connection is there and keeps it; without a signed-in clinic member it is the 988 page alone. It
 * never names the clinic: a phone's screen and storage can be seen by others (42 CFR Part 2).
 */
@WebServlet("/offline")
public class OfflinePageServlet extends HttpServlet {

  /** A phone number as clinics write one: "(555) 010-2000", "+1 555 010 2000", "555-0100". */
  private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ().-]{5,}\\d");

  @Inject Caller caller;
  @Inject SupportAlerts alerts;
  @Inject PreferredLanguages languages;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean inClinic = caller.person().flatMap(SignedInUser::tenantId).isPresent();
    // The page is kept for when the phone is offline, so it is written in the language the
    // person chose (else their browser's) at the moment the worker fetches it.
    Locale reader =
        inClinic
            ? languages.mine().map(PortalTranslations::forLanguage).orElse(request.getLocale())
            : request.getLocale();
    String contacts =
        inClinic ? SupportButton.clinicContacts(alerts.crisisContactsInParts(), reader) : "";
    response.setContentType("text/html; charset=utf-8");
    response.getWriter().write("<!doctype html>\n" + page(contacts, reader).outerHtml());
  }

  static Document page(String clinicContacts, Locale reader) {
    var page = Document.createShell("");
    page.selectFirst("html")
        .attr("lang", PortalTranslations.bundleFor(reader).getLocale().getLanguage());
    var head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(text(reader, "offline.pageTitle"));
    head.appendElement("style").text(STYLE);
    var main = page.body().appendElement("main");
    main.appendElement("h1").text(text(reader, "offline.title"));
    main.appendElement("p").text(text(reader, "offline.intro"));
    if (!clinicContacts.isBlank()) {
      var clinic = main.appendElement("section").id("offline-clinic-contacts");
      clinic.appendElement("h2").text(text(reader, "offline.clinic"));
      clinic.appendChild(withCallLinks(clinicContacts));
    }
    var lifeline = main.appendElement("section");
    lifeline.appendElement("h2").text(text(reader, "offline.lifeline"));
    lifeline
        .appendElement("a")
        .id("offline-call-988")
        .addClass("call")
        .attr("href", "tel:988")
        .text(text(reader, "offline.call988"));
    main.appendElement("p").addClass("danger").text(text(reader, "support.danger"));
    main.appendElement("p").addClass("hint").text(text(reader, "offline.reload"));
    return page;
  }

  private static String text(Locale reader, String key) {
    return PortalTranslations.in(reader, key);
  }

  /** The clinic's text as they wrote it, line by line, with every phone number made a link. */
  private static Element withCallLinks(String text) {
    var contacts = new Element("p").id("offline-crisis-contacts").addClass("contacts");
    Matcher phone = PHONE.matcher(text);
    int from = 0;
    while (phone.find()) {
      contacts.appendText(text.substring(from, phone.start()));
      contacts
          .appendElement("a")
          .attr("href", "tel:" + phone.group().replaceAll("[^+\\d]", ""))
          .text(phone.group());
      from = phone.end();
    }
    contacts.appendText(text.substring(from));
    return contacts;
  }

  private static final String STYLE =
      """
      body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
             color: #1a2530; background: #ffffff; line-height: 1.5; }
      main { max-width: 36rem; margin: 0 auto; padding: 1.5rem 1rem; }
      h1 { font-size: 1.6rem; margin: 0 0 .5rem; color: #0b6e69; }
      h2 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
      .contacts { white-space: pre-line; margin: 0; }
      a { color: #0b5c58; font-weight: 600; }
      .call { display: inline-block; margin-top: .5rem; padding: .75rem 1.25rem;
              background: #b3261e; color: #ffffff; border-radius: .5rem; text-decoration: none; }
      .danger { font-weight: 600; margin-top: 1.5rem; }
      .hint { color: #4a5866; font-size: .9rem; }
      """;
}
