package org.lcp.team;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/**
 * A person of a team: their role, name, e-mail, title and FTE (a roster member, an application's
 * core team).
 */
@MappedSuperclass
public abstract class TeamPerson {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public TeamRole role;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String email;

  public String title;

  public BigDecimal fte;
}
