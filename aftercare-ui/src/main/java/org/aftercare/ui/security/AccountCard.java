package org.aftercare.ui.security;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import java.util.function.Consumer;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.ui.components.FieldErrors;

/** The centred card of the pages around an account: invitation, forgotten and reset password. */
public abstract class AccountCard extends VerticalLayout {

  protected final VerticalLayout card = new VerticalLayout();

  protected AccountCard() {
    addClassName("aftercare-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    card.addClassName("aftercare-login-card");
    card.setWidth("26rem");
    card.setMaxWidth("100%");
    add(card);
  }

  /**
   * Applies the new password a link asked for: then the person signs in at their clinic; a password
   * the rules refuse is shown at the field; a link that stopped working shows {@code unusable}.
   */
  protected void applyPassword(
      NewPasswordFields fields,
      String clinic,
      Consumer<String> apply,
      String doneMessage,
      Runnable unusable) {
    fields
        .value()
        .ifPresent(
            password -> {
              try {
                apply.accept(password);
                Notification.show(doneMessage, 5000, Notification.Position.TOP_CENTER);
                getUI()
                    .ifPresent(
                        ui -> ui.navigate(LoginView.class, QueryParameters.of("clinic", clinic)));
              } catch (InvalidInputException weak) {
                new FieldErrors(fields).show(weak);
              } catch (NotFoundException gone) {
                unusable.run();
              }
            });
  }
}
