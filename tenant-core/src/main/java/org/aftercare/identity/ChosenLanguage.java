package org.aftercare.identity;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.aftercare.tenancy.persistence.ClinicSql;

/**
 * The language a person chose to read: a client's is on their record, where their clinician may
 * also have set it at intake; a staff member's is on their account, empty until they choose.
 */
public final class ChosenLanguage {

  private ChosenLanguage() {}

  /**
   * Read with the caller's entity manager, inside the person's clinic. The client's record is read
   * by its column rather than through the clients feature, which stands on identity, not under it.
   */
  public static Optional<String> of(Account account, EntityManager em) {
    return account
        .clientId()
        .flatMap(
            clientId -> {
              List<?> language =
                  ClinicSql.query(em, "select preferred_language from client where id = ?")
                      .setParameter(1, clientId)
                      .getResultList();
              return language.stream().map(String.class::cast).findFirst();
            })
        .or(account::preferredLanguage);
  }
}
