package org.aftercare.board;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftercare.shared.Identifiers;
import org.aftercare.tenancy.TenantOwned;
import org.aftercare.tenancy.persistence.NullableUuidConverter;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * A post on a group's board, or a reply to one. The author is an account; a client's posts also
 * carry their client record, whose display name the board shows.
 */
@Entity
@Table(name = "board_post")
@Converter(name = NullableUuidConverter.NAME, converterClass = NullableUuidConverter.class)
public class BoardPost extends TenantOwned {

  @Id private UUID id;

  @Column(name = "group_id", nullable = false)
  private UUID groupId;

  @Column(name = "reply_to")
  @Convert(NullableUuidConverter.NAME)
  private UUID replyTo;

  @Column(name = "author_account_id", nullable = false)
  private UUID authorAccountId;

  @Column(name = "author_client_id")
  @Convert(NullableUuidConverter.NAME)
  private UUID authorClientId;

  @Column(nullable = false)
  private String body;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  @Column(name = "hidden_at")
  private Instant hiddenAt;

  @Column(name = "hidden_by")
  @Convert(NullableUuidConverter.NAME)
  private UUID hiddenBy;

  protected BoardPost() {}

  BoardPost(BoardSeat author, UUID replyTo, PostBody body, Instant at) {
    this.id = Identifiers.newId();
    this.groupId = author.groupId();
    this.replyTo = replyTo;
    this.authorAccountId = author.accountId();
    this.authorClientId = author.clientId();
    this.body = body.text();
    this.postedAt = at;
  }

  /** Takes the post off the members' board; facilitators still see it, marked hidden. */
  void hide(UUID moderator, Instant at) {
    if (hiddenAt == null) {
      hiddenAt = at;
      hiddenBy = moderator;
    }
  }

  boolean isHidden() {
    return hiddenAt != null;
  }

  UUID getId() {
    return id;
  }

  UUID getGroupId() {
    return groupId;
  }

  UUID getReplyTo() {
    return replyTo;
  }

  UUID getAuthorAccountId() {
    return authorAccountId;
  }
}
