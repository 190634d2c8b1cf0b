package com.tierwise.web.portal.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signs the user out: ends the session (and the caller kept in it) and goes to the login page. */
@Named
@RequestScoped
public class Logout {

  @Inject private FacesContext faces;

  public String logout() throws ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    external.invalidateSession();
    request.logout();
    return "/login.xhtml?faces-redirect=true&signedOut=true";
  }
}
