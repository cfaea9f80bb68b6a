package org.aftercare.video;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;

/**
 * The clinic's video service. Its receiving key is random and unrelated to the clinic, so the
 * address the provider posts to tells an outsider nothing and cannot be guessed from another.
 */
@Entity
@Table(name = "video_provider")
public class VideoProvider extends TenantOwned {

  /** Where providers post events: {@code /video-events/<receiver key>/<kind>}. */
  public static final String RECEIVER_PREFIX = "/video-events/";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VideoProviderKind kind;

  @Column(name = "receiver_key", nullable = false)
  private String receiverKey;

  /** Sealed by {@link org.aftercare.outbound.SecretBox}; a copy of the database does not sign. */
  @Column(name = "secret")
  private String sealedSecret;

  @Column(name = "grace_minutes", nullable = false)
  private int graceMinutes;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected VideoProvider() {}

  VideoProvider(Instant now) {
    this.id = Identifiers.newId();
    this.receiverKey = randomKey();
    this.updatedAt = now;
  }

  void apply(VideoProviderKind kind, String sealedSecret, int graceMinutes, Instant now) {
    this.kind = kind;
    if (sealedSecret != null) {
      this.sealedSecret = sealedSecret;
    }
    this.graceMinutes = graceMinutes;
    this.updatedAt = now;
  }

  VideoSetup setup() {
    return new VideoSetup(
        kind,
        sealedSecret != null,
        graceMinutes,
        RECEIVER_PREFIX + receiverKey + "/" + kind.path());
  }

  UUID getId() {
    return id;
  }

  VideoProviderKind getKind() {
    return kind;
  }

  String getSealedSecret() {
    return sealedSecret;
  }

  int getGraceMinutes() {
    return graceMinutes;
  }

  /** 128 random bits, URL-safe: a participant key or a receiving key. */
  public static String randomKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
