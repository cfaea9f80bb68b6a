package org.aftercare.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.access.SignedInUser;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.audit.AuditService;
import org.aftercare.ui.security.PortalSession;

/**
 * The plain page behind every error view: a heading, what happened, and a way back. A signed-in
 * clinic member's refused or missing page goes into the clinic's audit trail.
 */
abstract class ErrorPage extends VerticalLayout {

  private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

  @Inject AuditService audit;

  ErrorPage() {
    addClassName("aftercare-page");
  }

  void recordRefusal(BeforeEnterEvent event, AuditOutcome outcome) {
    if (PortalSession.current().flatMap(SignedInUser::tenantId).isEmpty()) {
      return;
    }
    try {
      audit.recordRefusedPage(event.getLocation().getPath(), outcome);
    } catch (RuntimeException e) {
      // The person still gets the page; the trail's gap is for the operators to see.
      LOG.log(Level.WARNING, "A refused page could not be audited", e);
    }
  }

  void show(String heading, String explanation) {
    removeAll();
    add(
        new H1(heading),
        new Paragraph(explanation),
        new Anchor("/", getTranslation("errors.backToStart")));
  }
}
