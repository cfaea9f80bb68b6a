package org.aftercare.apiclients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftercare.tenancy.persistence.ClinicSql;

/**
 * Which clinic an API client id or an access token belongs to, asked before any clinic is entered
 * (the token decides the clinic). The two database functions behind it answer that and nothing
 * else; everything further is read inside the clinic, under its row-level security.
 */
@ApplicationScoped
public class ApiClientDirectory {

  @PersistenceContext private EntityManager em;

  public Optional<UUID> clinicOfClient(UUID apiClientId) {
    return clinic("select aftercare_api_client_clinic(?1)", apiClientId);
  }

  /** The clinic of a token not yet expired; empty for any other string. */
  public Optional<UUID> clinicOfToken(String token) {
    return clinic("select aftercare_api_token_clinic(?1)", digest(token));
  }

  private Optional<UUID> clinic(String sql, Object parameter) {
    List<?> rows = ClinicSql.query(em, sql).setParameter(1, parameter).getResultList();
    return rows.isEmpty() || rows.getFirst() == null
        ? Optional.empty()
        : Optional.of(ClinicSql.uuid(rows.getFirst()));
  }

  /** How a token is stored and looked up: a leaked table does not hand out working tokens. */
  static String digest(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
