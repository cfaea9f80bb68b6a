package org.aftercare.ui.groups;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.aftercare.access.Role;
import org.aftercare.groups.SessionConcerns;
import org.aftercare.ui.security.CurrentClinic;

/** Every open concern clients raised about sessions, oldest first, for the clinic's clinicians. */
@CdiComponent
@Route("concerns")
@Menu(order = 2.5, title = "Session concerns")
@RolesAllowed(Role.Names.CLINICIAN)
public class ConcernListView extends VerticalLayout implements HasDynamicTitle {

  @Inject
  public ConcernListView(SessionConcerns concerns, CurrentClinic clinic) {
    addClassName("aftercare-page");
    var title = new H1(getTranslation("groups.concerns.title"));
    title.setId("concerns-title");
    add(
        title,
        new Paragraph(getTranslation("groups.concerns.intro")),
        new ConcernLines(
            concerns,
            concerns::open,
            clinic.zone(),
            true,
            getTranslation("groups.concerns.noneOpen")));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.concernList");
  }
}
