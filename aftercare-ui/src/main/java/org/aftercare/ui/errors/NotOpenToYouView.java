package org.aftercare.ui.errors;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.shared.ForbiddenException;

/**
 * A page the role may open, on a record the core refuses to this person: a session they do not
 * lead, a client who is not their mentee. The core's reason is shown, never the exception.
 */
@CdiComponent
@AnonymousAllowed
public class NotOpenToYouView extends ErrorPage
    implements HasErrorParameter<ForbiddenException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
    setId("not-open-to-you");
    recordRefusal(event, AuditOutcome.DENIED);
    show(getTranslation("errors.notOpen.title"), parameter.getException().getMessage());
    return HttpServletResponse.SC_FORBIDDEN;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.notOpenToYou");
  }
}
