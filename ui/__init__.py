"""The Qt layer of Intake Desk. It imports intake_desk; intake_desk never imports it."""
