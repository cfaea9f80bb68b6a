package org.aftercare.ui;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftercare.access.Role;
import org.aftercare.access.SignedInUser;
import org.aftercare.ui.clinics.ClinicsView;
import org.aftercare.ui.engagement.ClinicianDashboardView;
import org.aftercare.ui.engagement.MentorDashboardView;
import org.aftercare.ui.overview.ClinicOverviewView;
import org.aftercare.ui.portal.ClientHome;
import org.aftercare.ui.security.PortalSession;

/**
 * The portal's address ({@code /}, where sign-in lands) shows nothing itself: it sends each person
 * to where their work is. Someone with two roles goes to the first that applies, in the order
 * below: the clinical work before the running of the clinic.
 */
@CdiComponent
@Route("")
@PermitAll
public class Landing extends Div implements BeforeEnterObserver {

  /** In this order: the first role a person holds decides. */
  private static final List<Map.Entry<Role, Class<? extends Component>>> PLACES =
      List.of(
          Map.entry(Role.CLIENT, ClientHome.class),
          Map.entry(Role.CLINICIAN, ClinicianDashboardView.class),
          Map.entry(Role.PEER_MENTOR, MentorDashboardView.class),
          Map.entry(Role.CLINIC_ADMIN, ClinicOverviewView.class),
          Map.entry(Role.PLATFORM_OPERATOR, ClinicsView.class));

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Set<Role> roles = PortalSession.current().map(SignedInUser::roles).orElse(Set.of());
    PLACES.stream()
        .filter(place -> roles.contains(place.getKey()))
        .findFirst()
        .ifPresentOrElse(
            place -> event.forwardTo(place.getValue()),
            () -> setText(getTranslation("landing.noRole")));
  }
}
