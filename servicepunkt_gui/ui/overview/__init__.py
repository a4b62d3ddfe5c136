"""The overview tab: plan stages per county and what falls due."""
