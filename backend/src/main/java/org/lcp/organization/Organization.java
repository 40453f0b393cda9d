package org.lcp.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/** An organisation (site) whose teams take part in collaboratives. */
@Entity
@Table(name = "organization")
public class Organization extends Tracked {

  @Id public UUID id;

  @Column(nullable = false)
  public String name;

  /** The confusable skeleton of the name ({@link org.lcp.common.web.Text#skeleton}), unique. */
  @Column(name = "name_skeleton")
  public String nameSkeleton;

  public String city;

  public String region;

  @Column(name = "country_code")
  public String countryCode;

  public String website;

  /** IANA time zone the organisation's people read times in (null: the event's own zone). */
  @Column(name = "time_zone")
  public String timeZone;

  /** The member chosen as the organisation's data contact; null when none. */
  @Column(name = "data_contact_member_id")
  public UUID dataContactMemberId;

  /** The audited fields. */
  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("city", city);
    m.put("region", region);
    m.put("countryCode", countryCode);
    m.put("website", website);
    m.put("timeZone", timeZone);
    m.put("dataContactMemberId", dataContactMemberId);
    return m;
  }
}
