; Inno Setup 6 recipe: the Windows installer of Etalonium Desktop, made from the PyInstaller bundle.
; Not built by CI (Linux); build it on Windows with build\windows\build.ps1, or by hand:
;   pyinstaller --noconfirm --distpath dist --workpath dist\.work build\etalonium.spec
;   iscc /DAppVersion=0.1.0 build\windows\etalonium.iss
; Output: dist\etalonium-<version>-windows-x64-setup.exe. Per-user by default (no administrator needed), or for
; all users when the person installing chooses it. Profiles (%LOCALAPPDATA%\etalonium-desktop) survive uninstall.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z etalonium.iss
#endif
#define Root "..\.."

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6D0B7B9E-3F41-4C2A-9E57-8A3FFC0E7A11}
AppName=Etalonium
AppVersion={#AppVersion}
AppVerName=Etalonium {#AppVersion}
AppPublisher=Etalonium
AppPublisherURL=https://etalonium.org
DefaultDirName={autopf}\Etalonium
DefaultGroupName=Etalonium
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=etalonium-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\dist\.work\etalonium\icons\etalonium.ico
UninstallDisplayIcon={app}\etalonium.exe
UninstallDisplayName=Etalonium {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must not be running while its files are replaced.
CloseApplications=yes
; SignTool=signtool  (configure a code-signing tool in the Inno Setup IDE and uncomment to sign)

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\etalonium\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a new version no longer ships must not linger and be imported.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Etalonium"; Filename: "{app}\etalonium.exe"; AppUserModelID: "Etalonium.Desktop"
Name: "{autodesktop}\Etalonium"; Filename: "{app}\etalonium.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\etalonium.exe"; Description: "{cm:LaunchProgram,Etalonium}"; Flags: nowait postinstall skipifsilent
