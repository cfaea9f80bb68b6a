package org.aftercare.ui.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.vaadin.cdi.annotation.CdiComponent;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import org.aftercare.access.Caller;
import org.aftercare.access.SignedInUser;
import org.aftercare.identity.ClinicCredential;
import org.aftercare.languages.PreferredLanguages;
import org.aftercare.tenancy.TenantService;
import org.aftercare.ui.components.PortalTranslations;
import org.aftercare.ui.operations.PortalMetrics;

/**
 * Sign-in with clinic, e-mail and password. The clinic can come pre-filled from {@code
 * ?clinic=slug} (the link a clinic gives its people); platform operators leave it empty.
 */
@CdiComponent
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final SecurityContext securityContext;
  private final IdleTimeout idleTimeout;
  private final TextField clinic = createClinicField();
  private final LoginForm form = createForm();
  private final PreferredLanguages languages;

  private final Caller caller;
  private final TenantService tenants;
  private final PortalMetrics metrics;

  @Inject
  public LoginView(
      SecurityContext securityContext,
      IdleTimeout idleTimeout,
      Caller caller,
      TenantService tenants,
      PortalMetrics metrics,
      PreferredLanguages languages) {
    this.tenants = tenants;
    this.languages = languages;
    this.metrics = metrics;
    this.securityContext = securityContext;
    this.idleTimeout = idleTimeout;
    this.caller = caller;
    addClassName("aftercare-login");
    setSizeFull();
    setAlignItems(Alignment.CENTER);
    setJustifyContentMode(JustifyContentMode.CENTER);
    var card =
        new VerticalLayout(new H1(getTranslation("login.brand")), createIntro(), clinic, form);
    card.addClassName("aftercare-login-card");
    card.setWidth("24rem");
    card.setMaxWidth("100%");
    card.setPadding(false);
    card.setSpacing(false);
    add(card);
  }

  private TextField createClinicField() {
    var field = new TextField(getTranslation("login.clinic"));
    field.setId("clinic");
    field.setHelperText(getTranslation("login.clinic.hint"));
    field.setWidthFull();
    field.setAutofocus(true);
    field.setMaxLength(63);
    return field;
  }

  private Paragraph createIntro() {
    return new Paragraph(getTranslation("login.intro"));
  }

  private LoginForm createForm() {
    var login = new LoginForm(createI18n());
    login.addForgotPasswordListener(
        forgot ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ForgotPasswordView.class,
                            QueryParameters.of("clinic", clinic.getValue()))));
    login.addLoginListener(this::signIn);
    return login;
  }

  private LoginI18n createI18n() {
    var i18n = LoginI18n.createDefault();
    i18n.getForm().setTitle("");
    i18n.getForm().setUsername(getTranslation("login.email"));
    i18n.getForm().setPassword(getTranslation("login.password"));
    i18n.getForm().setSubmit(getTranslation("login.submit"));
    i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
    i18n.getErrorMessage().setTitle(getTranslation("login.failed.title"));
    i18n.getErrorMessage().setMessage(getTranslation("login.failed.message"));
    return i18n;
  }

  private void signIn(LoginEvent event) {
    var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
    var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
    var credential =
        new ClinicCredential(clinic.getValue(), event.getUsername(), event.getPassword());
    AuthenticationStatus status =
        securityContext.authenticate(
            request, response, withParams().credential(credential).newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      metrics.signInFailed();
      form.setError(true);
      form.setEnabled(true);
      return;
    }
    securityContext.getPrincipalsByType(SignedInUser.class).stream()
        .findFirst()
        .ifPresent(
            user -> {
              // A new id for the signed-in session, whatever the container did already: an id
              // planted before sign-in (session fixation) must not carry the sign-in.
              request.changeSessionId();
              PortalSession.bind(request, user, idleTimeout);
              // The filter saw no one signed in when this request began; the view navigated to
              // next renders in this same request and must already act for the clinic.
              caller.enter(user);
              speakTheirLanguage(user);
            });
    getUI().ifPresent(ui -> ui.navigate(storedRedirect()));
  }

  /**
   * The language the person chose, for this whole session; without a choice the portal keeps to the
   * browser's language (Vaadin matched the request's Accept-Language against ours). Platform
   * operators belong to no clinic and have no choice kept.
   */
  private void speakTheirLanguage(SignedInUser user) {
    if (user.tenantId().isPresent()) {
      languages
          .mine()
          .map(PortalTranslations::forLanguage)
          .ifPresent(locale -> VaadinSession.getCurrent().setLocale(locale));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("login.pageTitle");
  }

  private static String storedRedirect() {
    Object redirect =
        VaadinSession.getCurrent()
            .getSession()
            .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT);
    return redirect instanceof String path ? path : "";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (PortalSession.current().isPresent()) {
      event.forwardTo("");
      return;
    }
    ClinicParameter.prefill(clinic, event, tenants);
  }
}
