import uvicorn

from services.ingest.app import create_app
from services.ingest.settings import IngestSettings

settings = IngestSettings()
uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")
