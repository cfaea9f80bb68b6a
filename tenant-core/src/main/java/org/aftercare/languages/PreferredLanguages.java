package org.aftercare.languages;

import static org.aftercare.access.Role.CLIENT;
import static org.aftercare.access.Role.CLINICIAN;
import static org.aftercare.access.Role.CLINIC_ADMIN;
import static org.aftercare.access.Role.PEER_MENTOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.aftercare.access.Caller;
import org.aftercare.access.Requires;
import org.aftercare.clients.Client;
import org.aftercare.identity.Account;
import org.aftercare.identity.ChosenLanguage;
import org.aftercare.shared.InvalidInputException;
import org.aftercare.shared.NotFoundException;
import org.aftercare.tenancy.persistence.TenantAware;

/**
 * The signed-in person's own choice of language (see {@link ChosenLanguage}); until a staff member
 * chooses, their browser's language applies.
 */
@ApplicationScoped
@TenantAware
public class PreferredLanguages {

  /** The languages the portal's screens are written in, as BCP 47 tags. */
  public static final List<String> OFFERED = List.of("en", "es");

  @PersistenceContext private EntityManager em;
  @Inject Caller caller;

  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public Optional<String> mine() {
    return ChosenLanguage.of(myAccount(), em).filter(OFFERED::contains);
  }

  /** Only a language the screens are written in; another would show English under its name. */
  @Transactional
  @Requires({CLINIC_ADMIN, CLINICIAN, PEER_MENTOR, CLIENT})
  public void choose(String language) {
    if (!OFFERED.contains(language)) {
      throw InvalidInputException.worded(
          "language", "Choose English or Spanish.", "account.language.unknown");
    }
    Account account = myAccount();
    account
        .clientId()
        .ifPresentOrElse(
            clientId ->
                Optional.ofNullable(em.find(Client.class, clientId))
                    .orElseThrow(() -> new NotFoundException("Client"))
                    .setPreferredLanguage(language),
            () -> account.preferLanguage(language));
  }

  private Account myAccount() {
    return Optional.ofNullable(em.find(Account.class, caller.requirePerson()))
        .orElseThrow(() -> new NotFoundException("Account"));
  }
}
