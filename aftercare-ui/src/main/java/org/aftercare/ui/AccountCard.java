package org.aftercare.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

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
}
