package org.aftercare.ui.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.validation.ConstraintViolationException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.aftercare.shared.ConflictException;
import org.aftercare.shared.ForbiddenException;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.PortalTranslations;

/**
 * The portal's one handler for failures in event handlers: expected ones become a message the user
 * can act on; anything else is logged with its detail and shown as a generic message. Services run
 * one transaction per use case, so a failure never leaves half a change behind.
 */
public class PortalErrorHandler implements ErrorHandler {

  private static final Logger LOG = Logger.getLogger(PortalErrorHandler.class.getName());

  @Override
  public void error(ErrorEvent event) {
    String message = messageFor(rootOf(event.getThrowable()), event.getThrowable());
    if (UI.getCurrent() != null) {
      UI.getCurrent()
          .access(
              () -> {
                var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
              });
    }
  }

  private static String messageFor(Throwable cause, Throwable original) {
    return switch (cause) {
      case ConflictException conflict -> PortalTranslations.refusal(conflict);
      case InvalidInputException invalid -> PortalTranslations.refusal(invalid);
      case ForbiddenException forbidden -> forbidden.getMessage();
      case NotFoundException notFound -> PortalTranslations.text("errors.handler.notFound");
      case ConstraintViolationException invalid ->
          PortalTranslations.text(
              "errors.handler.invalid",
              invalid.getConstraintViolations().iterator().next().getMessage());
      default -> {
        LOG.log(Level.SEVERE, "Unexpected error in the portal", original);
        yield PortalTranslations.text("errors.handler.unexpected");
      }
    };
  }

  /** The first of our own typed failures in the cause chain, or the original. */
  private static Throwable rootOf(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof ConflictException
          || t instanceof InvalidInputException
          || t instanceof ForbiddenException
          || t instanceof NotFoundException
          || t instanceof ConstraintViolationException) {
        return t;
      }
    }
    return throwable;
  }
}
