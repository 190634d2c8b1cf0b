package com.tierwise.organisation.persona;

/** The channels a persona prefers to be reached through. */
public enum PersonaChannel {
  DEDICATED_LINE,
  PHONE,
  EMAIL,
  WEB,
  MOBILE_APP,
  CHAT,
  IN_PERSON,
  SOCIAL_MEDIA
}
