package org.aftercare.ui.errors;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.audit.RequestOrigin;

/**
 * Any other failure while opening a page: logged with its detail for the operators, shown as the
 * portal's own page with the request's reference, which the log line carries too. Vaadin's default
 * would print the root cause, which can carry SQL, class names or a record's content.
 */
@CdiComponent
@AnonymousAllowed
public class UnexpectedErrorView extends ErrorPage
    implements HasErrorParameter<Exception>, HasDynamicTitle {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorView.class.getName());

  @Inject RequestOrigin origin;

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    LOG.log(
        Level.SEVERE,
        "Opening /%s failed".formatted(event.getLocation().getPath()),
        parameter.getException());
    setId("unexpected-error");
    show(
        getTranslation("errors.unexpected.title"),
        origin
            .requestId()
            .map(id -> getTranslation("errors.unexpected.textWithReference", id))
            .orElseGet(() -> getTranslation("errors.unexpected.text")));
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("pageTitle.unexpectedError");
  }
}
