package org.lcp.community;

import org.lcp.api.model.CommunityMemberStatus;
import org.lcp.common.security.MemberRole;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;

/** Community rows to API models: pure functions of what they are given. */
final class CommunityMapper {

  private CommunityMapper() {}

  /**
   * A member as the caller sees them; {@code full} (stewards and the person themself) adds the
   * request's or invitation's message.
   */
  static org.lcp.api.model.CommunityMember toApi(
      CommunityMember m, String organizationName, MemberRole role, boolean full) {
    return new org.lcp.api.model.CommunityMember()
        .id(m.id)
        .collaborativeId(m.collaborativeId)
        .userId(m.userId)
        .name(m.name)
        .organizationId(m.organizationId)
        .organizationName(organizationName)
        .role(role == null ? null : Enums.map(role, org.lcp.api.model.MemberRole.class))
        .region(m.region)
        .status(Enums.map(m.status, CommunityMemberStatus.class))
        .facilitator(m.facilitator)
        .visible(m.visible)
        .message(full ? m.message : null)
        .requestedAt(Times.utc(m.requestedAt))
        .joinedAt(m.joinedAt == null ? null : Times.utc(m.joinedAt))
        .endedAt(m.endedAt == null ? null : Times.utc(m.endedAt))
        .createdAt(Times.utc(m.createdAt))
        .updatedAt(Times.utc(m.updatedAt));
  }
}
