"""Deployment helpers: configuration for the web server in front of Pejling."""
