package org.aftercare.ui.clients;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.aftercare.attendance.Attendance;
import org.aftercare.attendance.AttendanceService;
import org.aftercare.clients.Client;
import org.aftercare.clients.ClientService;
import org.aftercare.identity.Role;
import org.aftercare.identity.SignedInUser;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.Tenant;
import org.aftercare.ui.security.CurrentClinic;
import org.aftercare.ui.security.PortalSession;

/**
 * A printable letter attesting a client's attendance over a period, as courts and employers ask
 * for: the dates and the kind of group only — never the group's name, its other members or anything
 * said, since a screenshot of a video call would break everyone else's anonymity.
 */
@CdiComponent
@Route(value = "clients/:clientId/attestation", autoLayout = false)
@PageTitle("Attendance letter · Aftercare")
@RolesAllowed(Role.Names.CLINICIAN)
public class AttestationLetterView extends VerticalLayout implements BeforeEnterObserver {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final ClientService clients;
  private final AttendanceService attendance;
  private final CurrentClinic clinic;

  @Inject
  public AttestationLetterView(
      ClientService clients, AttendanceService attendance, CurrentClinic clinic) {
    this.clients = clients;
    this.attendance = attendance;
    this.clinic = clinic;
    addClassNames("aftercare-page", "aftercare-letter");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    UUID clientId;
    LocalDate from;
    LocalDate to;
    try {
      clientId = UUID.fromString(event.getRouteParameters().get("clientId").orElse(""));
      var query = event.getLocation().getQueryParameters();
      ZoneId zone = clinic.zone();
      to = query.getSingleParameter("to").map(LocalDate::parse).orElse(LocalDate.now(zone));
      from = query.getSingleParameter("from").map(LocalDate::parse).orElse(to.minusDays(90));
    } catch (IllegalArgumentException | DateTimeException notValid) {
      throw new NotFoundException("Client");
    }
    render(clients.open(clientId), from, to);
  }

  private void render(Client client, LocalDate from, LocalDate to) {
    removeAll();
    ZoneId zone = clinic.zone();
    List<Attendance> attended =
        attendance
            .historyOf(
                client.getId(),
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant())
            .stream()
            .filter(a -> a.getStatus().attended())
            .sorted((a, b) -> a.getSession().getStartsAt().compareTo(b.getSession().getStartsAt()))
            .toList();
    String clinicName = clinic.tenant().map(Tenant::getName).orElse("");
    add(new Paragraph(clinicName + " · " + LONG.format(LocalDate.now(zone))));
    add(new H1("Attendance letter"));
    var body =
        new Paragraph(
            "This is to confirm that "
                + client.getLegalName()
                + " attended "
                + attended.size()
                + (attended.size() == 1 ? " session" : " sessions")
                + " of our aftercare recovery groups between "
                + LONG.format(from)
                + " and "
                + LONG.format(to)
                + ":");
    body.setId("attestation-text");
    add(body);
    var list = new UnorderedList();
    list.setId("attested-sessions");
    attended.forEach(
        a ->
            list.add(
                new ListItem(
                    LONG.format(a.getSession().getStartsAt().atZone(zone))
                        + " — "
                        + a.getSession().getGroup().getModality().label()
                        + " group")));
    add(list);
    add(
        new Paragraph(
            "Group members' identities and what is shared in groups are confidential and are not"
                + " part of this letter."));
    add(
        new Paragraph(
            PortalSession.current().map(SignedInUser::displayName).orElse("") + ", " + clinicName));
    var print =
        new Button(
            "Print", click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
    print.addClassName("aftercare-no-print");
    add(print);
  }
}
