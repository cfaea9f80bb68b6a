package org.aftercare.ui.errors;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.aftercare.audit.AuditOutcome;

/** A signed-in user opened a page their role may not see. */
@CdiComponent
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage
    implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    setId("access-denied");
    recordRefusal(event, AuditOutcome.DENIED);
    show(getTranslation("errors.denied.title"), getTranslation("errors.denied.text"));
    return HttpServletResponse.SC_FORBIDDEN;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.accessDenied");
  }
}
