"""`python -m services.portal`: serve the portal API (PORTAL_HOST:PORTAL_PORT, default 127.0.0.1:8084)."""

import uvicorn

from services.portal.app import create_app
from services.portal.settings import PortalSettings

settings = PortalSettings()
uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning",
            timeout_graceful_shutdown=5)
