package org.aftercare.ui.errors;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.aftercare.audit.AuditOutcome;
import org.aftercare.shared.NotFoundException;

/**
 * A record that does not exist for this user — including one of another clinic, which must look
 * exactly like one that never existed.
 */
@CdiComponent
@AnonymousAllowed
public class RecordNotFoundView extends ErrorPage
    implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
    setId("not-found");
    recordRefusal(event, AuditOutcome.FAILED);
    show(getTranslation("errors.notFound.title"), getTranslation("errors.notFound.text"));
    return HttpServletResponse.SC_NOT_FOUND;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.recordNotFound");
  }
}
