package org.aftercare.identity;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.aftercare.clients.Client;

/**
 * The language a person chose to read: a client's is on their record, where their clinician may
 * also have set it at intake; a staff member's is on their account, empty until they choose.
 */
public final class ChosenLanguage {

  private ChosenLanguage() {}

  /** Read with the caller's entity manager, inside the person's clinic. */
  public static Optional<String> of(Account account, EntityManager em) {
    return account
        .clientId()
        .map(clientId -> Optional.ofNullable(em.find(Client.class, clientId)))
        .orElseGet(Optional::empty)
        .map(Client::getPreferredLanguage)
        .or(account::preferredLanguage);
  }
}
